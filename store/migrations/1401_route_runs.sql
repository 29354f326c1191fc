-- A payout route's steps (routes.Run as JSON), rewritten after every step so a relayer killed
-- mid-route resumes where it stood; the steps' transactions are outbox intents of their own.
CREATE TABLE route_runs (
    run_key    TEXT   NOT NULL PRIMARY KEY,
    chain_id   BIGINT NOT NULL,
    epoch      BIGINT NOT NULL,
    state      TEXT   NOT NULL
);
CREATE INDEX route_runs_epoch ON route_runs (chain_id, epoch);
