-- The relayer's outbox: one row per on-chain action (its business key), with
-- every signed attempt in body (JSON), stored before the first broadcast.
CREATE TABLE tx_intents (
    intent_key TEXT      NOT NULL PRIMARY KEY,
    from_addr  {{BYTES}} NOT NULL,
    nonce      BIGINT    NOT NULL,
    status     TEXT      NOT NULL,
    body       TEXT      NOT NULL
);

CREATE INDEX tx_intents_open ON tx_intents (from_addr, status, nonce);
