-- Found by generating 100,000 families for the benchmark: a meeting's attendees were found by
-- reading every attendee of every meeting (no index on meeting_id), so each page with meetings
-- and each new meeting cost more as the region grew (generating 1,000 families took 4 s on an
-- empty database and 13 s after 3,000). An organisation's professionals are listed by
-- organisation. server/tests/migrations.rs now asks every foreign key that is looked up to
-- have an index. Kept in step with ../sqlite/20261203000016_lookup_indexes.sql.
CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id);
CREATE INDEX professionals_organisation ON professionals(organisation_id);
