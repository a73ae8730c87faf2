-- Indexes for the queries every submit and every worker pass runs, so that their cost follows the work in flight, not
-- the history: the in-flight count seeks the user's unfinished states; queue positions, dispatch and the count of
-- tasks at a provider seek one provider's states (queued in id order); a pass takes the due polls by time. The partial
-- index's condition is spelled exactly as the query spells it (SQLite uses a partial index only for a query whose
-- condition contains the index's own terms).
CREATE INDEX ix_tasks_user_state ON tasks (platform, scope_id, user_id, state);
CREATE INDEX ix_tasks_provider_state ON tasks (provider, state, id);
CREATE INDEX ix_tasks_due ON tasks (next_poll_at, id) WHERE state IN ('submit_unknown', 'submitted', 'text_ready', 'first_track_ready');

-- A task at a provider is due for a look at its next_poll_at; a submit whose answer was lost used to have none.
UPDATE tasks SET next_poll_at = COALESCE(submitted_at, created_at)
WHERE state IN ('submit_unknown', 'submitted', 'text_ready', 'first_track_ready') AND next_poll_at IS NULL;
