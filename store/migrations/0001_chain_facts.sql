-- Chain facts: one append-only table per contract event (docs/contracts.md),
-- the kept block headers and the per-chain checkpoint.
-- {{U256}} is NUMERIC(78,0) in PostgreSQL and TEXT (canonical decimal) in
-- SQLite; {{BYTES}} is BYTEA / BLOB. Every fact row's identity is
-- (chain_id, block_hash, log_index, batch_index); block_number serves Rewind.

CREATE TABLE blocks (
    chain_id    BIGINT   NOT NULL,
    number      BIGINT   NOT NULL,
    hash        {{BYTES}} NOT NULL,
    parent_hash {{BYTES}} NOT NULL,
    block_time  BIGINT   NOT NULL,
    PRIMARY KEY (chain_id, number)
);

CREATE TABLE checkpoints (
    chain_id          BIGINT   NOT NULL PRIMARY KEY,
    last_number       BIGINT   NOT NULL,
    last_hash         {{BYTES}} NOT NULL,
    last_parent_hash  {{BYTES}} NOT NULL,
    last_time         BIGINT   NOT NULL,
    final_number      BIGINT   NOT NULL,
    final_hash        {{BYTES}} NOT NULL,
    final_parent_hash {{BYTES}} NOT NULL,
    final_time        BIGINT   NOT NULL
);

CREATE TABLE transfers (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    operator     {{BYTES}} NOT NULL,
    from_addr    {{BYTES}} NOT NULL,
    to_addr      {{BYTES}} NOT NULL,
    token_id     {{U256}} NOT NULL,
    value        {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX transfers_block ON transfers (chain_id, block_number);

CREATE TABLE contributions_registered (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    cf_id        {{U256}} NOT NULL,
    dataset_id   {{U256}} NOT NULL,
    asset_id     {{BYTES}} NOT NULL,
    role         INTEGER NOT NULL,
    contributor  {{BYTES}} NOT NULL,
    content_hash {{BYTES}} NOT NULL,
    holder       {{BYTES}} NOT NULL,
    units        {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX contributions_registered_block ON contributions_registered (chain_id, block_number);

CREATE TABLE contributions_amended (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    old_cf_id    {{U256}} NOT NULL,
    new_cf_id    {{U256}} NOT NULL,
    reason_hash  {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX contributions_amended_block ON contributions_amended (chain_id, block_number);

CREATE TABLE contributions_deprecated (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    cf_id        {{U256}} NOT NULL,
    reason_hash  {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX contributions_deprecated_block ON contributions_deprecated (chain_id, block_number);

CREATE TABLE version_cfs_added (
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
CREATE INDEX version_cfs_added_block ON version_cfs_added (chain_id, block_number);

CREATE TABLE versions_sealed (
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
    manifest_hash {{BYTES}} NOT NULL,
    cf_count     {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX versions_sealed_block ON versions_sealed (chain_id, block_number);

CREATE TABLE valuations_published (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    version      {{U256}} NOT NULL,
    dataset_id   {{U256}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    unit         {{BYTES}} NOT NULL,
    base_price   {{U256}} NOT NULL,
    price_unit   {{U256}} NOT NULL,
    factor_names TEXT NOT NULL,
    factor_wads  TEXT NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX valuations_published_block ON valuations_published (chain_id, block_number);

CREATE TABLE split_policies_published (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    version      {{U256}} NOT NULL,
    reserve_bps  INTEGER NOT NULL,
    protocol_bps INTEGER NOT NULL,
    developer_bps INTEGER NOT NULL,
    pool_bps     INTEGER NOT NULL,
    protocol_min_bps INTEGER NOT NULL,
    protocol_max_bps INTEGER NOT NULL,
    developer_min_bps INTEGER NOT NULL,
    developer_max_bps INTEGER NOT NULL,
    pool_min_bps INTEGER NOT NULL,
    pool_max_bps INTEGER NOT NULL,
    dispute_window {{U256}} NOT NULL,
    treasury     {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX split_policies_published_block ON split_policies_published (chain_id, block_number);

CREATE TABLE task_manifests_published (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    version      {{U256}} NOT NULL,
    dataset_id   {{U256}} NOT NULL,
    policy_version {{U256}} NOT NULL,
    protocol_bps INTEGER NOT NULL,
    developer_bps INTEGER NOT NULL,
    pool_bps     INTEGER NOT NULL,
    developers   TEXT NOT NULL,
    weights      TEXT NOT NULL,
    manifest_hash {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX task_manifests_published_block ON task_manifests_published (chain_id, block_number);

CREATE TABLE meters_set (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    meter        {{BYTES}} NOT NULL,
    authorised   SMALLINT NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX meters_set_block ON meters_set (chain_id, block_number);

CREATE TABLE assets_allowed (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    allowed      SMALLINT NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX assets_allowed_block ON assets_allowed (chain_id, block_number);

CREATE TABLE deposits (
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
CREATE INDEX deposits_block ON deposits (chain_id, block_number);

CREATE TABLE epochs_funded (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    epoch        {{U256}} NOT NULL,
    consumer     {{BYTES}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    amount       {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX epochs_funded_block ON epochs_funded (chain_id, block_number);

CREATE TABLE dispute_windows_set (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    seconds      {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX dispute_windows_set_block ON dispute_windows_set (chain_id, block_number);

CREATE TABLE roots_proposed (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    epoch        {{U256}} NOT NULL,
    root         {{BYTES}} NOT NULL,
    receipt_root {{BYTES}} NOT NULL,
    activates_at {{U256}} NOT NULL,
    assets       TEXT NOT NULL,
    totals       TEXT NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX roots_proposed_block ON roots_proposed (chain_id, block_number);

CREATE TABLE roots_revoked (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    epoch        {{U256}} NOT NULL,
    root         {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX roots_revoked_block ON roots_revoked (chain_id, block_number);

CREATE TABLE roots_activated (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    epoch        {{U256}} NOT NULL,
    root         {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX roots_activated_block ON roots_activated (chain_id, block_number);

CREATE TABLE claims (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    block_time   BIGINT   NOT NULL,
    tx_hash      {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    batch_index  BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    account      {{BYTES}} NOT NULL,
    asset        {{BYTES}} NOT NULL,
    epoch        {{U256}} NOT NULL,
    amount       {{U256}} NOT NULL,
    cumulative   {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, batch_index)
);
CREATE INDEX claims_block ON claims (chain_id, block_number);

-- Derived from version_cfs_added (one row per listed CF) so snapshots can join on it.
CREATE TABLE version_cf_ids (
    chain_id     BIGINT   NOT NULL,
    block_number BIGINT   NOT NULL,
    block_hash   {{BYTES}} NOT NULL,
    log_index    BIGINT   NOT NULL,
    position     BIGINT   NOT NULL,
    address      {{BYTES}} NOT NULL,
    dataset_id   {{U256}} NOT NULL,
    version      {{U256}} NOT NULL,
    cf_id        {{U256}} NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index, position)
);
CREATE INDEX version_cf_ids_block ON version_cf_ids (chain_id, block_number);
CREATE INDEX version_cf_ids_version ON version_cf_ids (chain_id, address, dataset_id, version);

CREATE INDEX transfers_token ON transfers (chain_id, address, token_id);
CREATE INDEX versions_sealed_version ON versions_sealed (chain_id, address, dataset_id, version);
CREATE INDEX valuations_published_version ON valuations_published (chain_id, version);
CREATE INDEX split_policies_published_version ON split_policies_published (chain_id, version);
CREATE INDEX task_manifests_published_dataset ON task_manifests_published (chain_id, dataset_id, block_number);
CREATE INDEX meters_set_meter ON meters_set (chain_id, meter, block_number);
