-- At most one open intent per (account, nonce): two managers that somehow
-- signed different actions on one nonce cannot both store them (the second
-- insert fails and re-signs after the first). Final intents are outside the
-- index: a done-elsewhere intent keeps the nonce another transaction consumed.
CREATE UNIQUE INDEX tx_intents_open_nonce ON tx_intents (from_addr, nonce) WHERE status IN ('signed', 'sent', 'mined');
