-- Foundation schema. Kept in step with ../postgres/20261128000001_foundation.sql: same tables,
-- same columns; only types differ (SQLite INTEGER = 64 bit, PostgreSQL BIGINT).
-- Ids are random UUIDs as text. Dates are ISO 8601 text ('YYYY-MM-DD'); instants are
-- RFC 3339 text in UTC. Flags are 0/1 integers (portable through sqlx::Any).

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,              -- domain::OrganisationKind::key()
    name        TEXT NOT NULL,
    phone       TEXT,
    email       TEXT,
    website     TEXT
);

CREATE TABLE professionals (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    given_name      TEXT NOT NULL,
    family_name     TEXT NOT NULL,
    phone           TEXT,                   -- work phone, shown to the family
    email           TEXT,                   -- work e-mail, shown to the family
    reach_days      TEXT NOT NULL DEFAULT '', -- ISO weekdays, comma separated: '1,2,4'
    reach_from      TEXT,                   -- 'HH:MM'
    reach_until     TEXT                    -- 'HH:MM'
);

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    family_name   TEXT NOT NULL,
    municipality  TEXT NOT NULL,
    phase         TEXT NOT NULL,            -- domain::Phase::key()
    phase_since   TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE persons (
    id                 TEXT PRIMARY KEY,
    given_name         TEXT NOT NULL,
    family_name        TEXT NOT NULL,
    birth_date         TEXT NOT NULL,       -- age tiers are computed from this per request
    phone              TEXT,
    email              TEXT,
    address            TEXT,
    -- A secret address (geheim adres, e.g. after domestic violence): never shown to the other
    -- parent [JW 7.3.10; KBP]. Contact details can be protected the same way.
    address_protected  INTEGER NOT NULL DEFAULT 0,
    contact_protected  INTEGER NOT NULL DEFAULT 0
);

-- How a family member relates to a case. Access is derived from the rows valid today, so
-- ending a relation (valid_until) takes effect on the next request.
CREATE TABLE case_members (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    person_id    TEXT NOT NULL REFERENCES persons(id),
    relation     TEXT NOT NULL,             -- domain::FamilyRelation::key()
    has_gezag    INTEGER NOT NULL DEFAULT 0, -- parental authority; changes rights [BW 1:377c]
    valid_from   TEXT NOT NULL,
    valid_until  TEXT,                      -- exclusive; NULL = still valid
    granted_by   TEXT                       -- professional who recorded the relation
);
CREATE INDEX case_members_person ON case_members(person_id);
CREATE INDEX case_members_case ON case_members(case_id);

-- Professionals on a case. Exactly one current row per case may be the vaste professional.
CREATE TABLE case_professionals (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id),
    professional_id  TEXT NOT NULL REFERENCES professionals(id),
    role             TEXT NOT NULL,         -- domain::ProfessionalRole::key()
    is_vaste         INTEGER NOT NULL DEFAULT 0,
    valid_from       TEXT NOT NULL,
    valid_until      TEXT
);
CREATE INDEX case_professionals_professional ON case_professionals(professional_id);
CREATE INDEX case_professionals_case ON case_professionals(case_id);
CREATE UNIQUE INDEX one_current_vaste_professional
    ON case_professionals(case_id) WHERE is_vaste = 1 AND valid_until IS NULL;

-- Server-side sessions (tower-sessions). The id is stored only as a SHA-256 hash, so a copy
-- of this table cannot be used to take over a session.
CREATE TABLE sessions (
    id_hash     TEXT PRIMARY KEY,
    data        TEXT NOT NULL,              -- JSON
    expires_at  INTEGER NOT NULL            -- unix seconds
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- Demo sign-in: which subject a demo key signs in as. Filled only in demo mode.
CREATE TABLE demo_logins (
    key           TEXT PRIMARY KEY,
    subject_kind  TEXT NOT NULL,            -- 'person' | 'professional'
    subject_id    TEXT NOT NULL,
    sort_order    INTEGER NOT NULL
);
