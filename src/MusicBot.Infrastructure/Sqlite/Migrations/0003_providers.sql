-- Remote music providers.

-- Submits tried per task: transient rejections (rate limit, maintenance) are retried a bounded number of times.
-- A submit whose answer was lost is stored as state 'submitted' with no provider_task_id (no other step leaves that
-- combination): the state CHECK above cannot be widened without rebuilding every table that references tasks.
ALTER TABLE tasks ADD COLUMN submit_attempts INTEGER NOT NULL DEFAULT 0;

-- Provider callbacks already taken, one row per (provider, provider task, stage): a redelivery inserts nothing.
CREATE TABLE provider_callbacks (
    provider     TEXT NOT NULL,
    task_key     TEXT NOT NULL,
    stage        TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (provider, task_key, stage)
);
