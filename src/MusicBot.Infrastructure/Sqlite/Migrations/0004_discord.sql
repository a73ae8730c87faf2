-- Per-role allowances (Discord roles; any platform with roles may use them): a member seen for the first time in a
-- scope starts with the highest allowance among their roles, or the scope's default when none of them has one.
CREATE TABLE role_allowances (
    platform    TEXT NOT NULL,
    scope_id    TEXT NOT NULL,
    role_id     TEXT NOT NULL,
    credits     INTEGER NOT NULL CHECK (credits >= 0),
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (platform, scope_id, role_id)
);
