-- The PostgreSQL twin of Sqlite/Migrations/0006_codes.sql. PostgreSQL changes columns, constraints and indexes in
-- place, so no table is rebuilt here.

-- A task's state is stored as itself: an unconfirmed submit was 'submitted' with no provider task id; it becomes
-- 'submit_unknown'. A failure is stored as a code with its data (failure_code, and failure_detail as the JSON of
-- the code's record) instead of an English sentence, so it can be shown in any language. Sentences the earlier
-- versions wrote are converted where their shape is known; any other becomes 'legacy-text' carrying the sentence.

ALTER TABLE tasks DROP CONSTRAINT tasks_state_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_state_check
    CHECK (state IN ('queued', 'submit_unknown', 'submitted', 'text_ready', 'first_track_ready', 'succeeded', 'failed', 'timed_out'));
UPDATE tasks SET state = 'submit_unknown' WHERE state = 'submitted' AND provider_task_id IS NULL;
DROP INDEX ix_tasks_unfinished;
CREATE INDEX ix_tasks_unfinished ON tasks (state, id) WHERE state IN ('queued', 'submit_unknown', 'submitted', 'text_ready', 'first_track_ready');

ALTER TABLE tasks ADD COLUMN failure_code text NULL;
ALTER TABLE tasks ADD COLUMN failure_detail text NULL;

-- Each sentence shape: its code, and what its captures are (the provider first, then minutes or the provider's own
-- words). The providers are the names the earlier versions knew.
WITH shapes (code, pattern, has_provider, second) AS (VALUES
    ('no-audio', '^The provider finished without any audio\.$', false, NULL),
    ('no-lyrics', '^The provider finished without writing any lyrics\.$', false, NULL),
    ('no-reason', '^The provider could not make this song\.$', false, NULL),
    ('timed-out', '^No result from (local|sunoapi|musicapi|topview) after ([0-9]+(?:\.[0-9]+)?) minutes, so the bot gave up on this song\.$', true, 'minutes'),
    ('provider-removed', '^The provider ''(.*)'' is no longer configured on this bot\.$', true, NULL),
    ('provider-out-of-credits', '^The bot''s (local|sunoapi|musicapi|topview) account is out of credits, so this song could not be made\. The admins have been told\.$', true, NULL),
    ('unreachable', '^Could not reach (local|sunoapi|musicapi|topview)\. Try again in a minute\.$', true, NULL),
    ('never-confirmed', '^(local|sunoapi|musicapi|topview) never confirmed the request, so the bot gave up on this song\.$', true, NULL),
    ('no-answer', '^(local|sunoapi|musicapi|topview) did not answer the request in time\. It was not sent again, so you won''t get two songs or pay twice\.$', true, NULL),
    ('rate-limited', '^(local|sunoapi|musicapi|topview) is getting too many requests from the bot right now\. Try again in a minute\.$', true, NULL),
    ('maintenance', '^(local|sunoapi|musicapi|topview) is under maintenance\. Try again later\.$', true, NULL),
    ('server-error', '^(local|sunoapi|musicapi|topview) had an internal error\. Try again later\.$', true, NULL),
    ('unauthorized', '^(local|sunoapi|musicapi|topview) refused the bot''s API key, so no song can be made there until the admins fix it\.$', true, NULL),
    ('too-long', '^(local|sunoapi|musicapi|topview) says the lyrics or style are too long\. Shorten them and try again\.$', true, NULL),
    ('circuit-open', '^(local|sunoapi|musicapi|topview) is failing right now, so the bot paused requests to it\. Try again in a minute\.$', true, NULL),
    ('unknown-task', '^(local|sunoapi|musicapi|topview) has no record of this song\.$', true, NULL),
    ('rejected', '^(local|sunoapi|musicapi|topview) rejected the request\.$', true, NULL),
    ('rejected', '^(local|sunoapi|musicapi|topview) rejected the request \((.*)\)\.$', true, 'detail'),
    ('generation-failed', '^(local|sunoapi|musicapi|topview) could not make this song\.$', true, NULL),
    ('generation-failed', '^(local|sunoapi|musicapi|topview) could not make this song \((.*)\)\.$', true, 'detail'),
    ('content-refused', '^(local|sunoapi|musicapi|topview) refused the content of this song\. Change the lyrics or style and try again\.$', true, NULL),
    ('content-refused', '^(local|sunoapi|musicapi|topview) refused the content of this song \((.*)\)\. Change the lyrics or style and try again\.$', true, 'detail')
),
matched AS (
    SELECT DISTINCT ON (t.id) t.id, s.code, s.has_provider, s.second, regexp_match(t.failure_reason, s.pattern) AS parts
    FROM tasks t JOIN shapes s ON t.failure_reason ~ s.pattern
    ORDER BY t.id, s.code
)
UPDATE tasks SET
    failure_code = matched.code,
    failure_detail = (jsonb_build_object('code', matched.code)
        || CASE WHEN matched.has_provider THEN jsonb_build_object('provider', matched.parts[1]) ELSE '{}'::jsonb END
        || CASE matched.second
               WHEN 'minutes' THEN jsonb_build_object('minutes', matched.parts[2]::numeric)
               WHEN 'detail' THEN jsonb_build_object('detail', matched.parts[2])
               ELSE '{}'::jsonb
           END)::text
FROM matched
WHERE tasks.id = matched.id;

UPDATE tasks SET failure_code = 'legacy-text', failure_detail = jsonb_build_object('code', 'legacy-text', 'text', failure_reason)::text
WHERE failure_code IS NULL AND failure_reason IS NOT NULL;

-- The notices still waiting in the outbox get the same failure as their task (or the sentence they carry), and a
-- track notice its take number (the track's index: every provider's takes were numbered so).
UPDATE deliveries d SET notice_json = ((d.notice_json::jsonb - 'failureMessage') || jsonb_build_object('failure', COALESCE(
        (SELECT t.failure_detail::jsonb FROM tasks t WHERE t.id = d.task_id AND t.failure_reason = d.notice_json::jsonb ->> 'failureMessage'),
        jsonb_build_object('code', 'legacy-text', 'text', COALESCE(d.notice_json::jsonb ->> 'failureMessage', '')))))::text
WHERE d.kind = 'Failed' AND NOT (d.notice_json::jsonb ? 'failure');
UPDATE deliveries SET notice_json = jsonb_set(notice_json::jsonb, '{take}', COALESCE(notice_json::jsonb -> 'track' -> 'index', 'null'::jsonb))::text
WHERE kind = 'Track' AND NOT (notice_json::jsonb ? 'take');

ALTER TABLE tasks DROP COLUMN failure_reason;

-- A draft's song fields are one document, song_json: the JSON of the record a request stores them in too (SongFields),
-- so a field added to a song needs no column of its own. Weights become JSON numbers with the same digits;
-- jsonb_strip_nulls leaves out the fields that were never set.
ALTER TABLE drafts ADD COLUMN song_json text NOT NULL DEFAULT '{}';
UPDATE drafts SET song_json = jsonb_strip_nulls(jsonb_build_object(
    'style', style, 'lyrics', lyrics, 'title', title, 'instrumental', instrumental,
    'negativeTags', negative_tags, 'vocalGender', vocal_gender,
    'styleWeight', style_weight, 'weirdness', weirdness, 'audioWeight', audio_weight,
    'enhancePrompt', enhance_prompt))::text;
ALTER TABLE drafts
    DROP COLUMN style, DROP COLUMN lyrics, DROP COLUMN title, DROP COLUMN instrumental, DROP COLUMN negative_tags,
    DROP COLUMN vocal_gender, DROP COLUMN style_weight, DROP COLUMN weirdness, DROP COLUMN audio_weight, DROP COLUMN enhance_prompt;
