-- The PostgreSQL twin of Sqlite/Migrations/0009_languages.sql: the language each user reads (their /language choice,
-- NULL for none, and their platform's latest hint), per user on a platform; and the default admins set for a scope.
CREATE TABLE user_languages (
    platform    text NOT NULL,
    user_id     text NOT NULL,
    chosen      text NULL,
    hint        text NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE scope_languages (
    platform    text NOT NULL,
    scope_id    text NOT NULL,
    language    text NOT NULL,
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, scope_id)
);
