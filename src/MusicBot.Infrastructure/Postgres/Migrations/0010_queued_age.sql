-- Queued tasks by age, so a pass finds the ones waiting longer than MusicBot:Generation:QueueTimeout with one range
-- seek instead of walking the queue. The partial condition is spelled as the query spells it (SQLite uses a partial
-- index only for a query whose condition contains the index's own terms).
CREATE INDEX ix_tasks_queued_age ON tasks (created_at, id) WHERE state = 'queued';
