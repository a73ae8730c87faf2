-- Updates that could not be read (a field of the wrong type, a number out of range): kept with the parser's reason
-- (never the body, which holds user text), so an admin can see what was skipped; the cursor moves past them.
CREATE TABLE rejected_updates (
    platform     TEXT NOT NULL,
    stream       TEXT NOT NULL,
    update_id    INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    rejected_at  TEXT NOT NULL,
    PRIMARY KEY (platform, stream, update_id)
);

-- Updates received by webhook and acknowledged at once, waiting to be processed in id order; a row is deleted once
-- its update has been claimed and handled (inbound_updates).
CREATE TABLE queued_updates (
    platform     TEXT NOT NULL,
    stream       TEXT NOT NULL,
    update_id    INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (platform, stream, update_id)
);

-- Places that got a new id (a Telegram group upgraded to a supergroup, migrate_to_chat_id): one row per old scope.
-- Moving one carries its drafts, balances (paired 'move' ledger rows), settings and tasks to the new scope.
CREATE TABLE scope_moves (
    platform    TEXT NOT NULL,
    from_scope  TEXT NOT NULL,
    to_scope    TEXT NOT NULL,
    moved_at    TEXT NOT NULL,
    PRIMARY KEY (platform, from_scope)
);

-- credit_ledger gains the kind 'move'. SQLite cannot change a CHECK in place, so the table is rebuilt: every row is
-- copied unchanged (ids included), then the indexes and the append-only triggers are made again. (PostgreSQL: drop
-- and re-add the CHECK constraint instead.)
CREATE TABLE credit_ledger_0005 (
    id             INTEGER PRIMARY KEY,
    platform       TEXT NOT NULL,
    scope_id       TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('grant', 'set', 'reserve', 'capture', 'refund', 'move')),
    amount         INTEGER NOT NULL,
    balance_after  INTEGER NOT NULL CHECK (balance_after >= 0),
    actor          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    task_id        INTEGER NULL,
    created_at     TEXT NOT NULL
);
INSERT INTO credit_ledger_0005 (id, platform, scope_id, user_id, kind, amount, balance_after, actor, reason, task_id, created_at)
SELECT id, platform, scope_id, user_id, kind, amount, balance_after, actor, reason, task_id, created_at FROM credit_ledger;
DROP TABLE credit_ledger;
ALTER TABLE credit_ledger_0005 RENAME TO credit_ledger;
CREATE INDEX ix_credit_ledger_user ON credit_ledger (platform, scope_id, user_id, id);
CREATE UNIQUE INDEX ux_credit_ledger_task_kind ON credit_ledger (task_id, kind) WHERE task_id IS NOT NULL;

CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger
BEGIN
    SELECT RAISE(ABORT, 'credit_ledger is append-only');
END;

CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger
BEGIN
    SELECT RAISE(ABORT, 'credit_ledger is append-only');
END;
