-- Named leases (store/lease.go): one holder at a time per name, until
-- expires_ms (the database's clock, Unix milliseconds) unless renewed. token
-- grows by one with every new holder and is never reused (a release keeps the
-- row): a write that checks its token fails once someone else has taken over.
CREATE TABLE leases (
    name       TEXT   NOT NULL PRIMARY KEY,
    holder     TEXT   NOT NULL,
    token      BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);
