-- The family's own line (F8–F10): one thread per family member on a case, read by that person
-- and by the case's vaste professional and veiligheidsteam member. Kept in step with the other
-- database's file of the same name.
CREATE TABLE threads (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    person_id   TEXT NOT NULL REFERENCES persons(id),
    created_at  TEXT NOT NULL,
    UNIQUE (case_id, person_id)
);

-- Exactly once: the sender's device makes an idempotency key per message; a retry with the
-- same key finds the stored message instead of adding one, a reused key with other content is
-- refused (content_hash).
CREATE TABLE messages (
    id               TEXT PRIMARY KEY,
    thread_id        TEXT NOT NULL REFERENCES threads(id),
    author_kind      TEXT NOT NULL,          -- 'person' | 'professional'
    author_id        TEXT NOT NULL,
    body             TEXT NOT NULL,          -- as typed; always rendered escaped
    urgent           INTEGER NOT NULL DEFAULT 0, -- "Ik voel me niet veilig"
    idempotency_key  TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    created_at       TEXT NOT NULL,          -- RFC 3339 UTC
    created_us       INTEGER NOT NULL,          -- unix microseconds, for ordering
    read_at          TEXT,                   -- read by the other side
    read_by_kind     TEXT,
    read_by_id       TEXT,
    escalated_at     TEXT,                   -- urgent and unread too long: the team is told
    UNIQUE (author_kind, author_id, idempotency_key)
);
CREATE INDEX messages_thread ON messages(thread_id, created_us);

-- Written in the same transaction as the message: what must still be delivered (live
-- updates, push, escalation). A crash after commit loses nothing; a crash before it stores
-- neither.
CREATE TABLE outbox (
    id            TEXT PRIMARY KEY,
    topic         TEXT NOT NULL,             -- 'message' | 'urgent' | 'escalation'
    message_id    TEXT NOT NULL REFERENCES messages(id),
    created_at    TEXT NOT NULL,
    delivered_at  TEXT
);
CREATE INDEX outbox_pending ON outbox(delivered_at);
