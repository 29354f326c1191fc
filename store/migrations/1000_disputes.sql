-- GovernanceConfig.DisputeOpened and DisputeResolved (docs/contracts.md "Disputes"): chain facts
-- like the others, rewound with their blocks. The pipeline applies them at epoch close.
CREATE TABLE disputes_opened (
    chain_id       BIGINT   NOT NULL,
    block_number   BIGINT   NOT NULL,
    block_hash     {{BYTES}} NOT NULL,
    block_time     BIGINT   NOT NULL,
    tx_hash        {{BYTES}} NOT NULL,
    log_index      BIGINT   NOT NULL,
    batch_index    BIGINT   NOT NULL,
    address        {{BYTES}} NOT NULL,
    dispute_id     {{U256}} NOT NULL,
    target         INTEGER  NOT NULL,
    opener         {{BYTES}} NOT NULL,
    subject        {{U256}} NOT NULL,
    event_id       {{BYTES}} NOT NULL,
    event_time     {{U256}} NOT NULL,
    policy_version {{U256}} NOT NULL,
    governance     SMALLINT NOT NULL,
    reason_hash    {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX disputes_opened_block ON disputes_opened (chain_id, block_number);

CREATE TABLE disputes_resolved (
    chain_id          BIGINT   NOT NULL,
    block_number      BIGINT   NOT NULL,
    block_hash        {{BYTES}} NOT NULL,
    block_time        BIGINT   NOT NULL,
    tx_hash           {{BYTES}} NOT NULL,
    log_index         BIGINT   NOT NULL,
    batch_index       BIGINT   NOT NULL,
    address           {{BYTES}} NOT NULL,
    dispute_id        {{U256}} NOT NULL,
    outcome           INTEGER  NOT NULL,
    arbiter           {{BYTES}} NOT NULL,
    cf_id             {{U256}} NOT NULL,
    new_cf_id         {{U256}} NOT NULL,
    valuation_version {{U256}} NOT NULL,
    reason_hash       {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX disputes_resolved_block ON disputes_resolved (chain_id, block_number);
