-- The PostgreSQL twin of Sqlite/Migrations/0004_discord.sql.

-- Per-role allowances: a member seen for the first time in a scope starts with the highest allowance among their
-- roles, or the scope's default when none of them has one.
CREATE TABLE role_allowances (
    platform    text NOT NULL,
    scope_id    text NOT NULL,
    role_id     text NOT NULL,
    credits     integer NOT NULL CHECK (credits >= 0),
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, scope_id, role_id)
);
