-- Access log (NEN 7513): every read or change of a family's data by a professional or a
-- system. Append-only (triggers below) and hash-chained: each row's hash covers its fields and
-- the previous row's hash, so `helder verify-access-log` finds an edited, inserted or deleted
-- row. Kept in step with ../postgres/20261128000003_access_log.sql.
CREATE TABLE access_log (
    seq                BIGINT PRIMARY KEY,  -- 1, 2, 3 … without gaps; a concurrent append that
                                            -- takes the same number fails and retries
    at                 TEXT NOT NULL,       -- UTC, RFC 3339
    actor_kind         TEXT NOT NULL,       -- 'professional' | 'system'
    actor_id           TEXT NOT NULL,       -- the user (NEN 7513: gebruiker)
    actor_role         TEXT NOT NULL,       -- their role on this case
    organisation       TEXT NOT NULL,       -- their organisation at the time
    on_behalf_of       TEXT,                -- the responsible user they acted for, if another
    case_id            TEXT NOT NULL,
    subject_person_id  TEXT,                -- whose data; NULL = the family's shared data
    data_kind          TEXT NOT NULL,       -- which kind of data (overview, documents, …)
    action             TEXT NOT NULL,       -- 'read' | 'change'
    basis              TEXT NOT NULL,       -- the relation that allowed it
    prev_hash          TEXT NOT NULL,
    hash               TEXT NOT NULL
);
CREATE INDEX access_log_case ON access_log(case_id, seq);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
