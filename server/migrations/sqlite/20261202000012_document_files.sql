-- The file of a document (a PDF), kept in the database so that every instance serves the same
-- file and a backup holds it with the rest of the case. One file per document; a new version
-- is a new document. Kept in step with the other database's file of the same name.
CREATE TABLE document_files (
    document_id   TEXT PRIMARY KEY REFERENCES documents(id),
    name          TEXT NOT NULL,      -- the name it was uploaded with, cleaned for a download
    content_type  TEXT NOT NULL,      -- 'application/pdf': the only kind taken
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    content       BLOB NOT NULL,
    uploaded_at   TEXT NOT NULL,
    uploaded_by   TEXT REFERENCES professionals(id)   -- NULL: sent by a case system
);

-- A family's reaction on a document is handled like input on a decision (sent once,
-- acknowledged, answered with what was done with it): the same rows, on one or the other.
-- SQLite cannot drop NOT NULL: rebuild the table.
CREATE TABLE decision_inputs_new (
    id               TEXT PRIMARY KEY,
    decision_id      TEXT REFERENCES decisions(id),
    person_id        TEXT NOT NULL REFERENCES persons(id),
    stance           TEXT,
    body             TEXT NOT NULL,
    shared           INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL,
    idempotency_key  TEXT,
    content_hash     TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    acknowledged_at  TEXT,
    acknowledged_by  TEXT REFERENCES professionals(id),
    outcome          TEXT,
    outcome_at       TEXT,
    outcome_by       TEXT REFERENCES professionals(id),
    document_id      TEXT REFERENCES documents(id),
    UNIQUE (person_id, idempotency_key),
    CHECK ((decision_id IS NULL) <> (document_id IS NULL))
);
INSERT INTO decision_inputs_new
    (id, decision_id, person_id, stance, body, shared, status, idempotency_key, content_hash,
     created_at, sent_at, acknowledged_at, acknowledged_by, outcome, outcome_at, outcome_by)
SELECT id, decision_id, person_id, stance, body, shared, status, idempotency_key, content_hash,
       created_at, sent_at, acknowledged_at, acknowledged_by, outcome, outcome_at, outcome_by
FROM decision_inputs;
DROP TABLE decision_inputs;
ALTER TABLE decision_inputs_new RENAME TO decision_inputs;
CREATE INDEX decision_inputs_decision ON decision_inputs(decision_id);
CREATE INDEX decision_inputs_document ON decision_inputs(document_id);
