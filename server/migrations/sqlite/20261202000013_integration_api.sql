-- The integration API (/api/v1): an organisation's case system pushes what it already holds.
-- Kept in step with ../postgres/20261202000013_integration_api.sql.

-- A key per case system of an organisation. Only a hash of the secret is kept: the key is shown
-- once when made. Revoked keys stay, so the access log's rows keep naming a known key.
CREATE TABLE api_keys (
    id               TEXT PRIMARY KEY,              -- also the key's visible prefix
    organisation_id  TEXT NOT NULL REFERENCES organisations(id),
    name             TEXT NOT NULL,                 -- which system, in the administrator's words
    scope            TEXT NOT NULL,                 -- 'read' | 'write'
    secret_hash      TEXT NOT NULL,                 -- sha256 of the secret part, hex
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,                 -- the administrator
    last_used_at     TEXT,
    revoked_at       TEXT
);
CREATE INDEX api_keys_organisation ON api_keys(organisation_id);

-- The organisation's own ids for what it sends (its zaaknummer, its besluit id …), so a system
-- upserts by the id it knows and never learns or keeps ours. One of ours per id and kind.
CREATE TABLE api_references (
    organisation_id  TEXT NOT NULL REFERENCES organisations(id),
    kind             TEXT NOT NULL,                 -- 'case' | 'member' | 'decision' | 'document'
    reference        TEXT NOT NULL,                 -- theirs (within a case for all but 'case')
    case_id          TEXT NOT NULL REFERENCES cases(id),
    internal_id      TEXT NOT NULL,                 -- ours
    PRIMARY KEY (organisation_id, kind, case_id, reference)
);
CREATE UNIQUE INDEX api_references_case ON api_references(organisation_id, kind, reference)
    WHERE kind = 'case';

-- A POST that has no id of its own (a new status) is sent with an Idempotency-Key: a resend
-- with the same key gets the first answer and changes nothing; the same key with another body
-- is refused.
CREATE TABLE api_idempotency (
    organisation_id  TEXT NOT NULL REFERENCES organisations(id),
    idempotency_key  TEXT NOT NULL,
    request_hash     TEXT NOT NULL,                 -- sha256 of method, path and body
    status           INTEGER NOT NULL,
    body             TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (organisation_id, idempotency_key)
);
