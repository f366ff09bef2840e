-- The family's whole picture: measures, decisions, timeline, meetings, documents, and the
-- history of the vaste professional. Kept in step with ../postgres/20261128000002_whole_picture.sql.

-- Why a vaste professional changed and what the family was told at the handover. Set on the
-- row of the new vaste professional.
ALTER TABLE case_professionals ADD COLUMN change_reason TEXT;        -- 'new-job' | 'phase-change' | 'family-request' | 'leave'
ALTER TABLE case_professionals ADD COLUMN handover_summary TEXT;     -- written by the professional, shown as is

-- Which family member has seen the announcement of a new vaste professional.
CREATE TABLE change_seen (
    person_id             TEXT NOT NULL REFERENCES persons(id),
    case_professional_id  TEXT NOT NULL REFERENCES case_professionals(id),
    seen_at               TEXT NOT NULL,
    PRIMARY KEY (person_id, case_professional_id)
);

-- How to complain to an organisation (shown on "Hulp en klachten").
ALTER TABLE organisations ADD COLUMN complaints_phone TEXT;
ALTER TABLE organisations ADD COLUMN complaints_email TEXT;

-- Decisions that are coming or were taken. The legal deadlines follow from the kind
-- (domain::decisions) and the dates here.
CREATE TABLE decisions (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    kind          TEXT NOT NULL,            -- domain::DecisionKind::key()
    started_on    TEXT,                     -- when the matter started (melding, request): legal decision deadlines count from here
    expected_on   TEXT,                     -- when the decision is expected, if known
    decided_on    TEXT,                     -- when it was taken; objection deadlines count from here
    concerns_person_id TEXT REFERENCES persons(id)
);
CREATE INDEX decisions_case ON decisions(case_id);

-- Steps on the family's timeline, across organisations.
CREATE TABLE timeline_steps (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id),
    kind             TEXT NOT NULL,         -- domain::journey::StepKind::key()
    state            TEXT NOT NULL,         -- 'done' | 'current' | 'expected'
    on_date          TEXT,                  -- happened (done, current) or expected date
    organisation_id  TEXT REFERENCES organisations(id),
    sort_order       INTEGER NOT NULL
);
CREATE INDEX timeline_steps_case ON timeline_steps(case_id);

CREATE TABLE meetings (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id),
    kind             TEXT NOT NULL,         -- domain::journey::MeetingKind::key()
    starts_at        TEXT NOT NULL,         -- Dutch local time 'YYYY-MM-DDTHH:MM'
    place            TEXT NOT NULL,
    organisation_id  TEXT REFERENCES organisations(id)
);
CREATE INDEX meetings_case ON meetings(case_id);

-- Who will be at a meeting: a professional or a family member.
CREATE TABLE meeting_attendees (
    meeting_id       TEXT NOT NULL REFERENCES meetings(id),
    professional_id  TEXT REFERENCES professionals(id),
    person_id        TEXT REFERENCES persons(id),
    sort_order       INTEGER NOT NULL
);

CREATE TABLE documents (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id),
    kind               TEXT NOT NULL,       -- domain::journey::DocumentKind::key()
    dated              TEXT NOT NULL,
    organisation_id    TEXT NOT NULL REFERENCES organisations(id),
    status             TEXT NOT NULL,       -- 'concept' | 'definitief'
    react_until        TEXT                 -- last day for the family's reaction, if one is asked
);
CREATE INDEX documents_case ON documents(case_id);
