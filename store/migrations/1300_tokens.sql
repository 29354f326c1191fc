-- Each asset's symbol and decimals as its token reported them, kept the last
-- time a command read them over RPC, so that tables show token units
-- ("0.342 tUSD") also where no node is at hand.
CREATE TABLE tokens (
    chain_id BIGINT    NOT NULL,
    address  {{BYTES}} NOT NULL,
    symbol   TEXT      NOT NULL,
    decimals INTEGER   NOT NULL,
    PRIMARY KEY (chain_id, address)
);
