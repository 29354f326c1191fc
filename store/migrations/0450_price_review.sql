-- The operator's maximum gross per event, per asset (base units), with the
-- token's symbol and decimals read from the chain when the limit was set, so
-- reasons and listings show token units. An event priced above it is held
-- for review (event_status 'held') until released or the limit is raised.
CREATE TABLE price_limits (
    chain_id  BIGINT    NOT NULL,
    asset     {{BYTES}} NOT NULL,
    max_gross {{U256}}  NOT NULL,
    symbol    TEXT      NOT NULL,
    decimals  INTEGER   NOT NULL,
    PRIMARY KEY (chain_id, asset)
);

-- Held events an operator released after review: priced whatever their gross.
CREATE TABLE event_releases (
    event_id TEXT NOT NULL PRIMARY KEY,
    note     TEXT NOT NULL
);
