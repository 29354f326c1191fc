-- usage_events_dataset (0200) serves no query (events are read by id and by
-- (event_time, id)), yet every insert paid for it: on PostgreSQL a NUMERIC
-- key per event. Measured in the intake benchmark: the database's CPU per
-- event falls with it (docs/benchmarks.md, intake). A query by dataset would
-- bring it back.

DROP INDEX IF EXISTS usage_events_dataset;
