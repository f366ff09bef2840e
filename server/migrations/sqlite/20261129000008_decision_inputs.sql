-- "Mijn inbreng" (F7): a family member's view on an upcoming decision or report. Saved as a
-- draft, then sent (exactly once, by idempotency key); the professional acknowledges it and
-- records what was done with it. A youth's input stays between the youth and the
-- professionals unless the youth shares it with the parents. Kept in step with the other
-- database's file of the same name.
CREATE TABLE decision_inputs (
    id               TEXT PRIMARY KEY,
    decision_id      TEXT NOT NULL REFERENCES decisions(id),
    person_id        TEXT NOT NULL REFERENCES persons(id),
    stance           TEXT,                    -- 'agree' | 'partly' | 'disagree' | NULL
    body             TEXT NOT NULL,
    shared           INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL,           -- 'draft' | 'sent'
    idempotency_key  TEXT,
    content_hash     TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    acknowledged_at  TEXT,
    acknowledged_by  TEXT REFERENCES professionals(id),
    outcome          TEXT,                    -- "meegewogen: …", as the professional wrote it
    outcome_at       TEXT,
    outcome_by       TEXT REFERENCES professionals(id),
    UNIQUE (person_id, idempotency_key)
);
CREATE INDEX decision_inputs_decision ON decision_inputs(decision_id);
