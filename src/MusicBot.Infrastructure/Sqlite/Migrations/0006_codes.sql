-- musicbot: foreign_keys off
-- (The runner turns foreign keys off around this migration, as SQLite's table rebuild procedure requires, and
-- checks every reference with PRAGMA foreign_key_check before it commits.)

-- A task's state is stored as itself: an unconfirmed submit was 'submitted' with no provider task id; it becomes
-- 'submit_unknown'. A failure is stored as a code with its data (failure_code, and failure_detail as the JSON of
-- the code's record) instead of an English sentence, so it can be shown in any language. Sentences the earlier
-- versions wrote are converted where their shape is known; any other becomes 'legacy-text' carrying the sentence.

ALTER TABLE tasks ADD COLUMN failure_code TEXT NULL;
ALTER TABLE tasks ADD COLUMN failure_detail TEXT NULL;

UPDATE tasks SET failure_code = 'no-audio', failure_detail = json_object('code', 'no-audio')
WHERE failure_reason = 'The provider finished without any audio.';
UPDATE tasks SET failure_code = 'no-lyrics', failure_detail = json_object('code', 'no-lyrics')
WHERE failure_reason = 'The provider finished without writing any lyrics.';
UPDATE tasks SET failure_code = 'no-reason', failure_detail = json_object('code', 'no-reason')
WHERE failure_reason = 'The provider could not make this song.';
UPDATE tasks SET failure_code = 'timed-out', failure_detail = json_object('code', 'timed-out',
    'provider', substr(failure_reason, 16, instr(failure_reason, ' after ') - 16),
    'minutes', CAST(substr(failure_reason, instr(failure_reason, ' after ') + 7,
        instr(failure_reason, ' minutes, ') - instr(failure_reason, ' after ') - 7) AS REAL))
WHERE failure_reason GLOB 'No result from * after * minutes, so the bot gave up on this song.'
  AND substr(failure_reason, 16, instr(failure_reason, ' after ') - 16) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'provider-removed', failure_detail = json_object('code', 'provider-removed',
    'provider', substr(failure_reason, 15, instr(failure_reason, ''' is no longer') - 15))
WHERE failure_reason GLOB 'The provider ''*'' is no longer configured on this bot.';
UPDATE tasks SET failure_code = 'provider-out-of-credits', failure_detail = json_object('code', 'provider-out-of-credits',
    'provider', substr(failure_reason, 11, instr(failure_reason, ' account is') - 11))
WHERE failure_reason GLOB 'The bot''s * account is out of credits, so this song could not be made. The admins have been told.'
  AND substr(failure_reason, 11, instr(failure_reason, ' account is') - 11) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'unreachable', failure_detail = json_object('code', 'unreachable',
    'provider', substr(failure_reason, 17, instr(failure_reason, '. Try again') - 17))
WHERE failure_reason GLOB 'Could not reach *. Try again in a minute.'
  AND substr(failure_reason, 17, instr(failure_reason, '. Try again') - 17) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'never-confirmed', failure_detail = json_object('code', 'never-confirmed', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* never confirmed the request, so the bot gave up on this song.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'no-answer', failure_detail = json_object('code', 'no-answer', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* did not answer the request in time. It was not sent again, so you won''t get two songs or pay twice.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'rate-limited', failure_detail = json_object('code', 'rate-limited', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* is getting too many requests from the bot right now. Try again in a minute.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'maintenance', failure_detail = json_object('code', 'maintenance', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* is under maintenance. Try again later.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'server-error', failure_detail = json_object('code', 'server-error', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* had an internal error. Try again later.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'unauthorized', failure_detail = json_object('code', 'unauthorized', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* refused the bot''s API key, so no song can be made there until the admins fix it.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'too-long', failure_detail = json_object('code', 'too-long', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* says the lyrics or style are too long. Shorten them and try again.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'circuit-open', failure_detail = json_object('code', 'circuit-open', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* is failing right now, so the bot paused requests to it. Try again in a minute.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'unknown-task', failure_detail = json_object('code', 'unknown-task', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason GLOB '* has no record of this song.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'rejected', failure_detail = json_object('code', 'rejected', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason = substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' rejected the request.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'rejected', failure_detail = json_object('code', 'rejected', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1),
    'detail', substr(failure_reason, instr(failure_reason, ' rejected the request (') + length(' rejected the request ('), length(failure_reason) - (instr(failure_reason, ' rejected the request (') + length(' rejected the request (')) + 1 - length(').')))
WHERE failure_code IS NULL AND failure_reason GLOB '* rejected the request (*).' AND failure_reason GLOB substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' rejected the request (*' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'generation-failed', failure_detail = json_object('code', 'generation-failed', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason = substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' could not make this song.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'generation-failed', failure_detail = json_object('code', 'generation-failed', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1),
    'detail', substr(failure_reason, instr(failure_reason, ' could not make this song (') + length(' could not make this song ('), length(failure_reason) - (instr(failure_reason, ' could not make this song (') + length(' could not make this song (')) + 1 - length(').')))
WHERE failure_code IS NULL AND failure_reason GLOB '* could not make this song (*).' AND failure_reason GLOB substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' could not make this song (*' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'content-refused', failure_detail = json_object('code', 'content-refused', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1))
WHERE failure_code IS NULL AND failure_reason = substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' refused the content of this song. Change the lyrics or style and try again.' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');
UPDATE tasks SET failure_code = 'content-refused', failure_detail = json_object('code', 'content-refused', 'provider', substr(failure_reason, 1, instr(failure_reason, ' ') - 1),
    'detail', substr(failure_reason, instr(failure_reason, ' refused the content of this song (') + length(' refused the content of this song ('), length(failure_reason) - (instr(failure_reason, ' refused the content of this song (') + length(' refused the content of this song (')) + 1 - length('). Change the lyrics or style and try again.')))
WHERE failure_code IS NULL AND failure_reason GLOB '* refused the content of this song (*). Change the lyrics or style and try again.' AND failure_reason GLOB substr(failure_reason, 1, instr(failure_reason, ' ') - 1) || ' refused the content of this song (*' AND substr(failure_reason, 1, instr(failure_reason, ' ') - 1) IN ('local', 'sunoapi', 'musicapi', 'topview');

UPDATE tasks SET failure_code = 'legacy-text', failure_detail = json_object('code', 'legacy-text', 'text', failure_reason)
WHERE failure_code IS NULL AND failure_reason IS NOT NULL;

-- The notices still waiting in the outbox get the same failure as their task (or the sentence they carry), and a
-- track notice its take number (the track's index: every provider's takes were numbered so).
UPDATE deliveries SET notice_json = json_set(json_remove(notice_json, '$.failureMessage'), '$.failure', json(COALESCE(
        (SELECT t.failure_detail FROM tasks t WHERE t.id = deliveries.task_id AND t.failure_reason = json_extract(deliveries.notice_json, '$.failureMessage')),
        json_object('code', 'legacy-text', 'text', COALESCE(json_extract(notice_json, '$.failureMessage'), '')))))
WHERE kind = 'Failed' AND json_extract(notice_json, '$.failure') IS NULL;
UPDATE deliveries SET notice_json = json_set(notice_json, '$.take', json_extract(notice_json, '$.track.index'))
WHERE kind = 'Track' AND json_extract(notice_json, '$.take') IS NULL;

CREATE TABLE tasks_rebuilt (
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
    state                 TEXT NOT NULL CHECK (state IN ('queued', 'submit_unknown', 'submitted', 'text_ready', 'first_track_ready', 'succeeded', 'failed', 'timed_out')),
    price                 INTEGER NOT NULL CHECK (price >= 0),
    provider_task_id      TEXT NULL,
    created_at            TEXT NOT NULL,
    submitted_at          TEXT NULL,
    text_ready_at         TEXT NULL,
    first_track_at        TEXT NULL,
    finished_at           TEXT NULL,
    next_poll_at          TEXT NULL,
    failure_code          TEXT NULL,
    failure_detail        TEXT NULL,
    submit_attempts       INTEGER NOT NULL DEFAULT 0
);
INSERT INTO tasks_rebuilt (id, request_key, platform, scope_id, user_id, target_channel, target_reply_context, provider, model,
                           request_json, state, price, provider_task_id, created_at, submitted_at, text_ready_at, first_track_at,
                           finished_at, next_poll_at, failure_code, failure_detail, submit_attempts)
SELECT id, request_key, platform, scope_id, user_id, target_channel, target_reply_context, provider, model,
       request_json, CASE WHEN state = 'submitted' AND provider_task_id IS NULL THEN 'submit_unknown' ELSE state END, price,
       provider_task_id, created_at, submitted_at, text_ready_at, first_track_at, finished_at, next_poll_at, failure_code,
       failure_detail, submit_attempts
FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_rebuilt RENAME TO tasks;
CREATE INDEX ix_tasks_unfinished ON tasks (state, id) WHERE state IN ('queued', 'submit_unknown', 'submitted', 'text_ready', 'first_track_ready');
CREATE INDEX ix_tasks_user ON tasks (platform, scope_id, user_id, id);
CREATE UNIQUE INDEX ux_tasks_provider_task ON tasks (provider, provider_task_id) WHERE provider_task_id IS NOT NULL;

-- A draft's song fields are one document, song_json: the JSON of the record a request stores them in too (SongFields),
-- so a field added to a song needs no column of its own. Weights move from their invariant text to JSON numbers with
-- the same digits (0.01 steps stay exact); json_patch leaves out the fields that were never set.
CREATE TABLE drafts_new (
    platform        TEXT NOT NULL,
    scope_id        TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    provider        TEXT NULL,
    model           TEXT NULL,
    song_json       TEXT NOT NULL DEFAULT '{}',
    awaited_field   TEXT NULL,   -- the field the user's next plain message fills
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id, user_id)
);
INSERT INTO drafts_new (platform, scope_id, user_id, provider, model, song_json, awaited_field, updated_at)
SELECT platform, scope_id, user_id, provider, model,
       json_patch('{}', json_object(
           'style', style, 'lyrics', lyrics, 'title', title,
           'instrumental', json(CASE WHEN instrumental <> 0 THEN 'true' ELSE 'false' END),
           'negativeTags', negative_tags, 'vocalGender', vocal_gender,
           'styleWeight', json(style_weight), 'weirdness', json(weirdness), 'audioWeight', json(audio_weight),
           'enhancePrompt', json(CASE WHEN enhance_prompt <> 0 THEN 'true' ELSE 'false' END))),
       awaited_field, updated_at
FROM drafts;
DROP TABLE drafts;
ALTER TABLE drafts_new RENAME TO drafts;
