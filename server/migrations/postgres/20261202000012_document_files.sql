-- The file of a document (a PDF), kept in the database so that every instance serves the same
-- file and a backup holds it with the rest of the case. One file per document; a new version
-- is a new document. Kept in step with the other database's file of the same name.
CREATE TABLE document_files (
    document_id   TEXT PRIMARY KEY REFERENCES documents(id),
    name          TEXT NOT NULL,      -- the name it was uploaded with, cleaned for a download
    content_type  TEXT NOT NULL,      -- 'application/pdf': the only kind taken
    size          BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_at   TEXT NOT NULL,
    uploaded_by   TEXT REFERENCES professionals(id)   -- NULL: sent by a case system
);

-- A family's reaction on a document is handled like input on a decision (sent once,
-- acknowledged, answered with what was done with it): the same rows, on one or the other.
ALTER TABLE decision_inputs ALTER COLUMN decision_id DROP NOT NULL;
ALTER TABLE decision_inputs ADD COLUMN document_id TEXT REFERENCES documents(id);
ALTER TABLE decision_inputs ADD CONSTRAINT input_on_one_item
    CHECK ((decision_id IS NULL) <> (document_id IS NULL));
CREATE INDEX decision_inputs_document ON decision_inputs(document_id);
