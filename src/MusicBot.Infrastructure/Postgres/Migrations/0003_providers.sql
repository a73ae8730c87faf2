-- The PostgreSQL twin of Sqlite/Migrations/0003_providers.sql.

-- Submits tried per task. As in SQLite, a submit whose answer was lost is state 'submitted' with no
-- provider_task_id: the stores share their row mapping, so both keep the same marker.
ALTER TABLE tasks ADD COLUMN submit_attempts integer NOT NULL DEFAULT 0;

-- Provider callbacks already taken, one row per (provider, provider task, stage): a redelivery inserts nothing.
CREATE TABLE provider_callbacks (
    provider     text NOT NULL,
    task_key     text NOT NULL,
    stage        text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (provider, task_key, stage)
);
