package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// envPrivateKey names the development-only way to give a raw hex key.
const envPrivateKey = "ROYALTY_PRIVATE_KEY"

// errNoKey is returned when no signing key was given at all.
var errNoKey = errors.New("no signing key: give --key-file and --password-file, or set " + envPrivateKey + " (development only)")

// loadKey returns the signing key from an encrypted keystore JSON file and its password file,
// or else from ROYALTY_PRIVATE_KEY. Errors never contain key or password material.
func loadKey(keyFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	env := os.Getenv(envPrivateKey)
	switch {
	case keyFile != "" && env != "":
		return nil, fmt.Errorf("both --key-file and %s are set: use one", envPrivateKey)
	case keyFile != "":
		if passwordFile == "" {
			return nil, errors.New("--key-file needs --password-file")
		}
		data, err := readLimited(keyFile)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		pw, err := readLimited(passwordFile)
		if err != nil {
			return nil, fmt.Errorf("read password file: %w", err)
		}
		// A password file usually ends in a newline that is not part of the password.
		password := strings.TrimRight(string(pw), "\r\n")
		key, err := keystore.DecryptKey(data, password)
		if err != nil {
			// keystore's errors name no secret, but say which file failed.
			return nil, fmt.Errorf("decrypt key file %s: %w", keyFile, err)
		}
		return key.PrivateKey, nil
	case passwordFile != "":
		return nil, errors.New("--password-file given without --key-file")
	case env != "":
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(env), "0x"))
		if err != nil {
			// Do not wrap: the parse error could echo part of the key.
			return nil, fmt.Errorf("%s is not a 32-byte hex private key", envPrivateKey)
		}
		return key, nil
	}
	return nil, errNoKey
}
