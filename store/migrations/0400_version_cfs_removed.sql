-- OwnershipToken.VersionCFsRemoved: CFs deprecated while their version was open, taken out of it
-- before the seal. A version's members are the CFs added before its seal minus these.
CREATE TABLE version_cfs_removed (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    dataset_id   {{U256}} NOT NULL,
    version      {{U256}} NOT NULL,
    cf_ids       TEXT NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX version_cfs_removed_block ON version_cfs_removed (chain_id, block_number);
CREATE INDEX version_cfs_removed_version ON version_cfs_removed (chain_id, address, dataset_id, version);
