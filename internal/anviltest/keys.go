package anviltest

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
)

// defaultKeys are the first accounts of DefaultMnemonic (m/44'/60'/0'/0/i),
// as anvil prints them; public test keys, funded only on test chains.
var defaultKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
}

// Key returns account i (0..7) of DefaultMnemonic.
func Key(i int) *ecdsa.PrivateKey {
	if i < 0 || i >= len(defaultKeys) {
		panic(fmt.Sprintf("anviltest: no default key %d", i))
	}
	k, err := crypto.HexToECDSA(defaultKeys[i])
	if err != nil {
		panic(err)
	}
	return k
}
