-- The sensitive metadata of usage events, sealed (keyring: XChaCha20-Poly1305
-- under a named key). The plaintext is never stored; the event's body holds
-- only its commitment. key_id names the key the ciphertext was sealed under,
-- so rotation re-encrypts row by row and old rows stay readable meanwhile.
-- One row per event at most; the ciphertext authenticates the event id, the
-- chain, the commitment and the key id, so a row moved to another event or
-- relabelled with another key id fails to open.

CREATE TABLE usage_metadata (
    event_id   {{BYTES}} NOT NULL PRIMARY KEY REFERENCES usage_events (id),
    key_id     TEXT     NOT NULL,
    ciphertext {{BYTES}} NOT NULL
);
CREATE INDEX usage_metadata_key ON usage_metadata (key_id, event_id);
