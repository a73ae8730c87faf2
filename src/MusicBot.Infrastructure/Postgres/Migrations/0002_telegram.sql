-- The PostgreSQL twin of Sqlite/Migrations/0002_telegram.sql.

-- Inbound platform updates (Telegram first): one claim per (platform, stream, update id), won by exactly one handler.
CREATE TABLE inbound_updates (
    platform    text NOT NULL,
    stream      text NOT NULL,   -- whose numbering the id belongs to (a Telegram bot id)
    update_id   bigint NOT NULL,
    state       text NOT NULL CHECK (state IN ('claimed', 'handled')),
    claimed_at  timestamptz NOT NULL,
    handled_at  timestamptz NULL,
    PRIMARY KEY (platform, stream, update_id)
);
CREATE INDEX ix_inbound_updates_claimed_at ON inbound_updates (claimed_at);

-- Where reading resumes after a restart: the first update id not yet handled.
CREATE TABLE update_cursors (
    platform     text NOT NULL,
    stream       text NOT NULL,
    next_offset  bigint NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (platform, stream)
);

-- Users the bot has seen, so admins can name them by handle (@username), in any case.
CREATE TABLE known_users (
    platform      text NOT NULL,
    user_id       text NOT NULL,
    handle        text NOT NULL,
    display_name  text NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX ix_known_users_handle ON known_users (platform, lower(handle));
