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
