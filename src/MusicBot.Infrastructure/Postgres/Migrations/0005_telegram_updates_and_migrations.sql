-- The PostgreSQL twin of Sqlite/Migrations/0005_telegram_updates_and_migrations.sql.

-- Updates that could not be read (a field of the wrong type, a number out of range): kept with the parser's reason
-- (never the body, which holds user text), so an admin can see what was skipped; the cursor moves past them.
CREATE TABLE rejected_updates (
    platform     text NOT NULL,
    stream       text NOT NULL,
    update_id    bigint NOT NULL,
    reason       text NOT NULL,
    rejected_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, stream, update_id)
);

-- Updates received by webhook and acknowledged at once, waiting to be processed in id order; a row is deleted once
-- its update has been claimed and handled (inbound_updates).
CREATE TABLE queued_updates (
    platform     text NOT NULL,
    stream       text NOT NULL,
    update_id    bigint NOT NULL,
    payload      text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, stream, update_id)
);

-- Places that got a new id (a Telegram group upgraded to a supergroup, migrate_to_chat_id): one row per old scope.
-- Moving one carries its drafts, balances (paired 'move' ledger rows), settings and tasks to the new scope.
CREATE TABLE scope_moves (
    platform    text NOT NULL,
    from_scope  text NOT NULL,
    to_scope    text NOT NULL,
    moved_at    timestamptz NOT NULL,
    PRIMARY KEY (platform, from_scope)
);

-- credit_ledger gains the kind 'move'. Unlike SQLite, PostgreSQL changes a CHECK in place (the name is the one
-- 0001's column constraint was given), so no row is touched and the append-only triggers stay as they are.
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_kind_check;
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_kind_check
    CHECK (kind IN ('grant', 'set', 'reserve', 'capture', 'refund', 'move'));
