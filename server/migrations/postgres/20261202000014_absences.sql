-- A professional's absence (holiday, illness, a course): the family's card says who is away,
-- until when, and which colleague to reach instead. Per professional, not per case: one
-- absence covers every family they are on. Kept in step with ../sqlite/20261202000014_absences.sql.
CREATE TABLE absences (
    id               TEXT PRIMARY KEY,
    professional_id  TEXT NOT NULL REFERENCES professionals(id),
    first_day        TEXT NOT NULL,                 -- 'YYYY-MM-DD', included
    last_day         TEXT NOT NULL,                 -- 'YYYY-MM-DD', included
    reason           TEXT NOT NULL,                 -- domain::absence::AbsenceReason::key()
    substitute_id    TEXT REFERENCES professionals(id),  -- NULL: the family calls the organisation
    created_at       TEXT NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX absences_professional ON absences(professional_id, last_day);
