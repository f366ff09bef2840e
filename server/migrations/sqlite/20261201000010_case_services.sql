-- Case services: everything a family sees can now be written by the product, not only by the
-- demo seeder. Kept in step with ../postgres/20261201000010_case_services.sql (a test compares
-- the two schemas).

-- Optimistic concurrency: every editable item has a version, 1 when made and one more with
-- each change. An update names the version it was based on; a stale one changes nothing and
-- is answered as a conflict, so two professionals never overwrite each other silently.
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE persons ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE case_members ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE case_professionals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE timeline_steps ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE cases ADD COLUMN reported_on TEXT;          -- the melding that started the case
ALTER TABLE cases ADD COLUMN closed_on TEXT;            -- set when the case was closed

-- A person has at most one current relation to a case.
CREATE UNIQUE INDEX one_current_relation ON case_members(case_id, person_id) WHERE valid_until IS NULL;

ALTER TABLE decisions ADD COLUMN reasons TEXT;          -- why, in plain words; how input was weighed
ALTER TABLE decisions ADD COLUMN withdrawn_on TEXT;     -- no longer coming; families no longer see it

-- Who sees a meeting: 'family' (everyone on the case) or 'attendees' (the family members who
-- take part, and the professionals). A time and place can tell where someone is (a home visit
-- at a secret address), so it is the attendees' only unless said otherwise.
ALTER TABLE meetings ADD COLUMN visibility TEXT NOT NULL DEFAULT 'attendees';
ALTER TABLE meetings ADD COLUMN cancelled_on TEXT;

ALTER TABLE documents ADD COLUMN withdrawn_on TEXT;

-- Secrets the server makes at first start and every instance shares (the key that signs live
-- refresh tokens). Never shown, never logged.
CREATE TABLE server_secrets (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Rate limits count the attempts themselves in a sliding window (exact, so a burst cannot
-- slip through at a window's edge and Retry-After is never more than one window): one row an
-- attempt, forgotten after an hour. The fixed-window counters before it go.
CREATE TABLE rate_limit_attempts (
    bucket  TEXT NOT NULL,                 -- e.g. 'redeem:203.0.113.7'
    at_us   INTEGER NOT NULL                 -- unix microseconds
);
CREATE INDEX rate_limit_attempts_bucket ON rate_limit_attempts(bucket, at_us);
DROP TABLE rate_limits;
