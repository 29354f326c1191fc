-- The metadata commitment of each usage event (version 2 of the typed data),
-- beside the body that holds it, so that receipts can show it without
-- decoding every body. NULL for events without one (every event stored
-- before this migration is version 1: none has a commitment).

ALTER TABLE usage_events ADD COLUMN metadata_commitment {{BYTES}};
