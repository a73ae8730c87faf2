-- The language each user reads (issue 12 part C), kept per user on a platform so it follows them into every chat:
-- their own choice by /language (NULL: none, the platform decides) and the platform's latest hint about them
-- (Telegram language_code, Discord locale), so a delivery sent without an update at hand speaks the same language.
CREATE TABLE user_languages (
    platform    TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    chosen      TEXT NULL,
    hint        TEXT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- The default language admins set for a scope (a group, a server), for users who chose none and whose platform names
-- no language the bot speaks. Moves with the scope (scope_moves), like scope_settings.
CREATE TABLE scope_languages (
    platform    TEXT NOT NULL,
    scope_id    TEXT NOT NULL,
    language    TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id)
);
