-- Named leases: which instance runs a job that must run once (Telegram polling, a Discord shard) and until when.
-- A holder renews its row; another instance may take a row only once it has expired. An embedded store serves one
-- process, which holds every lease without asking (ILeaseStore.IsShared); the table is here so both engines keep one
-- schema.
CREATE TABLE leases (
    name         TEXT PRIMARY KEY,
    holder       TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    acquired_at  TEXT NOT NULL
);
