-- API keys of meters (intake authentication). A key is "rk_<key_id>_<secret>";
-- only the SHA-256 of the secret is stored (the secret is 32 random bytes, so
-- a fast hash is enough: nothing to brute-force). Each key is scoped to one
-- meter address; revoked_at (unix seconds) is set once and never cleared.

CREATE TABLE meter_credentials (
    key_id      TEXT     NOT NULL PRIMARY KEY,
    meter       {{BYTES}} NOT NULL,
    secret_hash {{BYTES}} NOT NULL,
    label       TEXT     NOT NULL,
    created_at  BIGINT   NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX meter_credentials_meter ON meter_credentials (meter, key_id);
