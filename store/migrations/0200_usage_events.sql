-- Signed usage events (usage.SignedEvent), append-only. The id is the
-- event's identity; body is the canonical JSON (the source of truth on read),
-- the other columns serve queries. struct_hash is the EIP-712
-- hashStruct(UsageEvent): with chain_id and the deployment's GovernanceConfig
-- it gives the signed digest. event_time (the event's timestamp) is BIGINT so
-- (event_time, id) orders numerically on both backends (usage caps timestamps
-- at 2^63-1); id is bytes so it orders bytewise on both, whatever the collation.

CREATE TABLE usage_events (
    id              {{BYTES}} NOT NULL PRIMARY KEY,
    chain_id        BIGINT   NOT NULL,
    consumer        {{BYTES}} NOT NULL,
    payment_account {{BYTES}} NOT NULL,
    dataset_id      {{U256}} NOT NULL,
    dataset_version {{U256}} NOT NULL,
    event_time      BIGINT   NOT NULL,
    valuation_version {{U256}} NOT NULL,
    meter           {{BYTES}} NOT NULL,
    mode            INTEGER  NOT NULL,
    struct_hash     {{BYTES}} NOT NULL,
    body            TEXT     NOT NULL
);
CREATE INDEX usage_events_time ON usage_events (event_time, id);
CREATE INDEX usage_events_dataset ON usage_events (chain_id, dataset_id, dataset_version);
