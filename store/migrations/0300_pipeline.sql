-- Priced line items, epochs and relays. A line item is immutable once
-- written: its bundle (the `royalty compute` input) and its output replay
-- byte for byte. epoch is set once, by the close that accrues it.
CREATE TABLE line_items (
    event_id       TEXT      NOT NULL PRIMARY KEY,
    chain_id       BIGINT    NOT NULL,
    consumer       {{BYTES}} NOT NULL,
    asset          {{BYTES}} NOT NULL,
    event_time     BIGINT    NOT NULL,
    hash           {{BYTES}} NOT NULL,
    dispute_window BIGINT    NOT NULL,
    bundle         TEXT      NOT NULL,
    item           TEXT      NOT NULL,
    epoch          BIGINT
);

CREATE INDEX line_items_epoch ON line_items (epoch, event_time, event_id);

-- Why an event is not priced yet (waiting) or never will be (rejected).
CREATE TABLE event_status (
    event_id TEXT NOT NULL PRIMARY KEY,
    status   TEXT NOT NULL,
    reason   TEXT NOT NULL
);

-- One closed epoch: its statements, trees and payout, written in the same
-- transaction that assigns its line items.
CREATE TABLE epochs (
    chain_id        BIGINT    NOT NULL,
    epoch           BIGINT    NOT NULL,
    start_time      BIGINT    NOT NULL,
    end_time        BIGINT    NOT NULL,
    statements_hash {{BYTES}} NOT NULL,
    root            {{BYTES}} NOT NULL,
    receipt_root    {{BYTES}} NOT NULL,
    statements      TEXT      NOT NULL,
    tree            TEXT      NOT NULL,
    receipt_tree    TEXT      NOT NULL,
    payout          TEXT      NOT NULL,
    PRIMARY KEY (chain_id, epoch)
);

-- The relayer's record of an epoch on chain (its transactions), rewritten as
-- it progresses.
CREATE TABLE epoch_relays (
    chain_id BIGINT NOT NULL,
    epoch    BIGINT NOT NULL,
    stage    TEXT   NOT NULL,
    progress TEXT   NOT NULL,
    PRIMARY KEY (chain_id, epoch)
);
