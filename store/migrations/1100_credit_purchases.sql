-- RevenueVault.CreditPurchased: a consumer's prepaid credit bought on chain. The same transfer
-- into the same vault balance as a deposit; the ledger credits it to the consumer's prepaid
-- credit instead of its revenue (docs/ledger.md). Rewound on a reorg like every fact table.
CREATE TABLE credit_purchases (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    consumer     {{BYTES}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    from_addr    {{BYTES}} NOT NULL,
    amount       {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX credit_purchases_block ON credit_purchases (chain_id, block_number);
