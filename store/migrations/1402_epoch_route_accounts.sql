-- The route account of an epoch closed with payout routing (pipeline.Epochs.RouteAccount):
-- written with the epoch, read back by every replay and audit, so the routed amounts always
-- move to the same account. No row: the epoch was paid directly.
CREATE TABLE epoch_route_accounts (
    chain_id BIGINT    NOT NULL,
    epoch    BIGINT    NOT NULL,
    account  {{BYTES}} NOT NULL,
    PRIMARY KEY (chain_id, epoch)
);
