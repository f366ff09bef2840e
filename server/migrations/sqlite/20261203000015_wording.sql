-- The review of the texts families read: ervaringsdeskundigen comment on each message per
-- language, suggest a wording and set its status; an administrator (or a reviewer with that
-- right) accepts a suggestion, which every instance then serves in front of the shipped .ftl
-- files. No case data anywhere here. Kept in step with ../postgres/20261203000015_wording.sql.

-- A reviewer an administrator trusts to make a suggestion the served wording (0/1).
ALTER TABLE staff ADD COLUMN may_accept INTEGER NOT NULL DEFAULT 0;

-- Where a message stands in one language. No row: new (nobody looked at it yet).
CREATE TABLE wording_reviews (
    lang           TEXT NOT NULL,               -- i18n::Lang code: nl, en, ar, tr, pl
    message_id     TEXT NOT NULL,               -- the Fluent id
    status         TEXT NOT NULL,               -- model::wording::WordingStatus::key()
    approved_text  TEXT,                        -- the text as approved: a later change shows
    changed_by_kind TEXT NOT NULL,              -- 'reviewer' | 'administrator'
    changed_by     TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    PRIMARY KEY (lang, message_id)
);

-- Everything that happened to a message, never changed or removed: comments, suggestions,
-- status changes, acceptances.
CREATE TABLE wording_events (
    id             TEXT PRIMARY KEY,
    lang           TEXT NOT NULL,
    message_id     TEXT NOT NULL,
    kind           TEXT NOT NULL,               -- model::wording::EventKind::key()
    author_kind    TEXT NOT NULL,
    author_id      TEXT NOT NULL,
    body           TEXT,                        -- the comment, or the (suggested) Fluent text
    status         TEXT,                        -- for kind 'status'
    suggestion_id  TEXT REFERENCES wording_events(id),  -- for kind 'accepted'
    created_at     TEXT NOT NULL,
    created_us     INTEGER NOT NULL             -- microseconds since 1970: the order of events
);
CREATE INDEX wording_events_message ON wording_events(lang, message_id, created_us);

-- Accepted wording: what families read instead of the shipped text, until `helder
-- export-wording` has written it into locales/ (exported_at) and a release ships it.
CREATE TABLE wording_overrides (
    lang           TEXT NOT NULL,
    message_id     TEXT NOT NULL,
    source         TEXT NOT NULL,               -- the Fluent text after "id ="
    suggestion_id  TEXT NOT NULL REFERENCES wording_events(id),
    accepted_by_kind TEXT NOT NULL,
    accepted_by    TEXT NOT NULL,
    accepted_at    TEXT NOT NULL,
    exported_at    TEXT,
    PRIMARY KEY (lang, message_id)
);
