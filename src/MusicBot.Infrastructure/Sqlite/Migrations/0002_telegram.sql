-- Inbound platform updates (Telegram first): one claim per (platform, stream, update id), won by exactly one handler.
CREATE TABLE inbound_updates (
    platform    TEXT NOT NULL,
    stream      TEXT NOT NULL,   -- whose numbering the id belongs to (a Telegram bot id)
    update_id   INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('claimed', 'handled')),
    claimed_at  TEXT NOT NULL,
    handled_at  TEXT NULL,
    PRIMARY KEY (platform, stream, update_id)
);
CREATE INDEX ix_inbound_updates_claimed_at ON inbound_updates (claimed_at);

-- Where reading resumes after a restart: the first update id not yet handled.
CREATE TABLE update_cursors (
    platform     TEXT NOT NULL,
    stream       TEXT NOT NULL,
    next_offset  INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (platform, stream)
);

-- Users the bot has seen, so admins can name them by handle (@username).
CREATE TABLE known_users (
    platform      TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    handle        TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX ix_known_users_handle ON known_users (platform, handle COLLATE NOCASE);
