-- Compare-and-swap on intents: every update names the version it read and
-- bumps it, so two managers driving one intent (processes sharing an outbox
-- without the relayer's lease) cannot overwrite each other's attempts: the
-- second is told its copy is stale and reloads.
ALTER TABLE tx_intents ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
