-- RoyaltyDistributor.PayoutPreferenceSet: a holder's payout chain and asset from then on
-- ((0, zero address) clears it). An epoch is routed by each holder's last one before its end.
CREATE TABLE payout_preferences_set (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    holder       {{BYTES}} NOT NULL,
    pay_chain_id {{U256}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX payout_preferences_set_block ON payout_preferences_set (chain_id, block_number);
CREATE INDEX payout_preferences_set_holder ON payout_preferences_set (chain_id, address, holder, block_number);
