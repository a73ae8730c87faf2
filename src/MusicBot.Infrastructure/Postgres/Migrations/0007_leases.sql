-- The PostgreSQL twin of Sqlite/Migrations/0007_leases.sql: named leases (Telegram polling, Discord shards), each
-- held by one instance until it expires; a holder renews its row, another instance takes it only once expired.
CREATE TABLE leases (
    name         text PRIMARY KEY,
    holder       text NOT NULL,
    expires_at   timestamptz NOT NULL,
    acquired_at  timestamptz NOT NULL
);
