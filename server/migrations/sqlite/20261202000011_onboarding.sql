-- Onboarding: administrators add organisations and the people who work in them, and give each
-- a one-time activation code. Kept in step with ../postgres/20261202000011_onboarding.sql.

-- A professional who left the organisation: every case relation and session ended that day,
-- every passkey revoked. Kept (not deleted) because the access log and the family's history
-- name them.
ALTER TABLE professionals ADD COLUMN left_on TEXT;

-- Staff who stopped (a reviewer who ended, an administrator who left).
ALTER TABLE staff ADD COLUMN left_on TEXT;

-- Activation codes for staff and professionals belong to no case and are issued by an
-- administrator (or by the command that makes the first one), so case and issuer become
-- optional and the issuer names its kind. SQLite cannot drop NOT NULL: rebuild the table.
CREATE TABLE activation_codes_new (
    id              TEXT PRIMARY KEY,
    code_hash       TEXT NOT NULL UNIQUE,
    subject_kind    TEXT NOT NULL,
    subject_id      TEXT NOT NULL,
    case_id         TEXT REFERENCES cases(id),    -- NULL: a code for staff or a professional
    issued_by       TEXT,                         -- NULL: made by `helder create-administrator`
    issued_by_kind  TEXT NOT NULL DEFAULT 'professional',
    issued_at       TEXT NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         TEXT,
    revoked_at      TEXT
);
INSERT INTO activation_codes_new
    (id, code_hash, subject_kind, subject_id, case_id, issued_by, issued_by_kind, issued_at,
     expires_at, used_at, revoked_at)
SELECT id, code_hash, subject_kind, subject_id, case_id, issued_by, 'professional', issued_at,
       expires_at, used_at, revoked_at
FROM activation_codes;
DROP TABLE activation_codes;
ALTER TABLE activation_codes_new RENAME TO activation_codes;
CREATE INDEX activation_codes_subject ON activation_codes(subject_kind, subject_id);

-- Who made the melding that started a case (a school, the police, a parent …), in the words of
-- the professional who opened it: the family sees where their case came from.
ALTER TABLE cases ADD COLUMN reported_by TEXT;
