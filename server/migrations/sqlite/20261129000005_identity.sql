-- Identity: activation codes, passkeys, account notices, shared rate limits, and sessions that
-- a person can list and end. Kept in step with the other database's file of the same name.

-- The WebAuthn user handle of a person or professional: a random id, not the person's id, so
-- an authenticator never holds a key into our tables.
CREATE TABLE webauthn_users (
    subject_kind  TEXT NOT NULL,            -- 'person' | 'professional'
    subject_id    TEXT NOT NULL,
    user_handle   TEXT NOT NULL UNIQUE,     -- UUID
    PRIMARY KEY (subject_kind, subject_id)
);

-- Single-use activation codes. Only the SHA-256 of the normalised code is stored; the code
-- itself is shown once to the professional who issued it.
CREATE TABLE activation_codes (
    id            TEXT PRIMARY KEY,
    code_hash     TEXT NOT NULL UNIQUE,
    subject_kind  TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    issued_by     TEXT NOT NULL REFERENCES professionals(id),
    issued_at     TEXT NOT NULL,            -- RFC 3339 UTC
    expires_at    INTEGER NOT NULL,            -- unix seconds
    used_at       TEXT,
    revoked_at    TEXT
);
CREATE INDEX activation_codes_subject ON activation_codes(subject_kind, subject_id);

-- Registered passkeys. A credential id is unique across everyone, revoked ones included, so
-- a credential can never be moved to another account.
CREATE TABLE passkeys (
    id             TEXT PRIMARY KEY,
    subject_kind   TEXT NOT NULL,
    subject_id     TEXT NOT NULL,
    credential_id  TEXT NOT NULL UNIQUE,    -- base64url
    passkey        TEXT NOT NULL,           -- webauthn-rs Passkey, JSON (public key, counter)
    device_name    TEXT NOT NULL,           -- chosen by the person; may be empty
    created_at     TEXT NOT NULL,
    last_used_at   TEXT,
    revoked_at     TEXT
);
CREATE INDEX passkeys_subject ON passkeys(subject_kind, subject_id);

-- Things a person must be told about their own account ("a passkey was added").
CREATE TABLE account_notices (
    id            TEXT PRIMARY KEY,
    subject_kind  TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    kind          TEXT NOT NULL,            -- 'passkey-added' | 'passkeys-reset'
    detail        TEXT NOT NULL,            -- e.g. the device name
    created_at    TEXT NOT NULL,
    seen_at       TEXT
);
CREATE INDEX account_notices_subject ON account_notices(subject_kind, subject_id);

-- Fixed-window counters for rate limits. In the database, so that several server instances
-- sharing PostgreSQL share the limits too.
CREATE TABLE rate_limits (
    bucket        TEXT NOT NULL,            -- e.g. 'redeem:203.0.113.7'
    window_start  INTEGER NOT NULL,            -- unix seconds
    hits          INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Sessions know whose they are, so a person can see and end their other sessions, and
-- issuing a new activation code can end every session of that person.
ALTER TABLE sessions ADD COLUMN subject_key TEXT;   -- 'person:<id>' | 'professional:<id>'
CREATE INDEX sessions_subject ON sessions(subject_key);
