-- Drafts: one per (platform, scope, user); survives restarts.
CREATE TABLE drafts (
    platform        TEXT NOT NULL,
    scope_id        TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    provider        TEXT NULL,
    model           TEXT NULL,
    style           TEXT NULL,
    lyrics          TEXT NULL,
    title           TEXT NULL,
    instrumental    INTEGER NOT NULL DEFAULT 0,
    negative_tags   TEXT NULL,
    vocal_gender    TEXT NULL,
    style_weight    TEXT NULL,   -- decimals kept as invariant text so 0.01 steps stay exact
    weirdness       TEXT NULL,
    audio_weight    TEXT NULL,
    enhance_prompt  INTEGER NOT NULL DEFAULT 0,
    awaited_field   TEXT NULL,   -- the field the user's next plain message fills
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id, user_id)
);

-- Per-scope settings set by admins (the default allowance of new users).
CREATE TABLE scope_settings (
    platform        TEXT NOT NULL,
    scope_id        TEXT NOT NULL,
    default_credits INTEGER NOT NULL CHECK (default_credits >= 0),
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id)
);

-- Current balances; every change is also a row in credit_ledger, and the two always agree.
CREATE TABLE credit_accounts (
    platform    TEXT NOT NULL,
    scope_id    TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    balance     INTEGER NOT NULL CHECK (balance >= 0),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id, user_id)
);

CREATE TABLE credit_ledger (
    id             INTEGER PRIMARY KEY,
    platform       TEXT NOT NULL,
    scope_id       TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('grant', 'set', 'reserve', 'capture', 'refund')),
    amount         INTEGER NOT NULL,
    balance_after  INTEGER NOT NULL CHECK (balance_after >= 0),
    actor          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    task_id        INTEGER NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX ix_credit_ledger_user ON credit_ledger (platform, scope_id, user_id, id);
-- A task is reserved once and settled once.
CREATE UNIQUE INDEX ux_credit_ledger_task_kind ON credit_ledger (task_id, kind) WHERE task_id IS NOT NULL;

CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger
BEGIN
    SELECT RAISE(ABORT, 'credit_ledger is append-only');
END;

CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger
BEGIN
    SELECT RAISE(ABORT, 'credit_ledger is append-only');
END;

CREATE TABLE tasks (
    id                    INTEGER PRIMARY KEY,
    request_key           TEXT NOT NULL UNIQUE,
    platform              TEXT NOT NULL,
    scope_id              TEXT NOT NULL,
    user_id               TEXT NOT NULL,
    target_channel        TEXT NOT NULL,
    target_reply_context  TEXT NULL,
    provider              TEXT NOT NULL,
    model                 TEXT NOT NULL,
    request_json          TEXT NOT NULL,
    state                 TEXT NOT NULL CHECK (state IN ('queued', 'submitted', 'text_ready', 'first_track_ready', 'succeeded', 'failed', 'timed_out')),
    price                 INTEGER NOT NULL CHECK (price >= 0),
    provider_task_id      TEXT NULL,
    created_at            TEXT NOT NULL,
    submitted_at          TEXT NULL,
    text_ready_at         TEXT NULL,
    first_track_at        TEXT NULL,
    finished_at           TEXT NULL,
    next_poll_at          TEXT NULL,
    failure_reason        TEXT NULL
);
CREATE INDEX ix_tasks_unfinished ON tasks (state, id) WHERE state IN ('queued', 'submitted', 'text_ready', 'first_track_ready');
CREATE INDEX ix_tasks_user ON tasks (platform, scope_id, user_id, id);
CREATE UNIQUE INDEX ux_tasks_provider_task ON tasks (provider, provider_task_id) WHERE provider_task_id IS NOT NULL;

CREATE TABLE tracks (
    task_id            INTEGER NOT NULL REFERENCES tasks (id),
    track_index        INTEGER NOT NULL,
    provider_track_id  TEXT NULL,
    title              TEXT NULL,
    style              TEXT NULL,
    audio_url          TEXT NULL,
    stream_url         TEXT NULL,
    image_url          TEXT NULL,
    duration_seconds   REAL NULL,
    lyrics             TEXT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (task_id, track_index)
);

-- The outbox: notices written with the state change that caused them; (task, kind, ordinal) is sent at most once.
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    task_id          INTEGER NOT NULL REFERENCES tasks (id),
    kind             TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
    notice_json      TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'abandoned')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT NULL,
    created_at       TEXT NOT NULL,
    delivered_at     TEXT NULL,
    UNIQUE (task_id, kind, ordinal)
);
CREATE INDEX ix_deliveries_pending ON deliveries (next_attempt_at, id) WHERE state = 'pending';
