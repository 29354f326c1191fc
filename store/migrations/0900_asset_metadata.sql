-- What people read an asset in: its ERC-20 symbol and decimals, read from
-- the token when a node was at hand (`royalty run`, `royalty statement
-- --rpc`), so commands without a node still print token units.
CREATE TABLE asset_metadata (
    chain_id BIGINT    NOT NULL,
    asset    {{BYTES}} NOT NULL,
    symbol   TEXT      NOT NULL,
    decimals INTEGER   NOT NULL,
    PRIMARY KEY (chain_id, asset)
);
