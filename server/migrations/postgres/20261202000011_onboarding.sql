-- Onboarding: administrators add organisations and the people who work in them, and give each
-- a one-time activation code. Kept in step with ../sqlite/20261202000011_onboarding.sql.

-- A professional who left the organisation: every case relation and session ended that day,
-- every passkey revoked. Kept (not deleted) because the access log and the family's history
-- name them.
ALTER TABLE professionals ADD COLUMN left_on TEXT;

-- Staff who stopped (a reviewer who ended, an administrator who left).
ALTER TABLE staff ADD COLUMN left_on TEXT;

-- Activation codes for staff and professionals belong to no case and are issued by an
-- administrator (or by the command that makes the first one).
ALTER TABLE activation_codes ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE activation_codes ALTER COLUMN issued_by DROP NOT NULL;
ALTER TABLE activation_codes DROP CONSTRAINT activation_codes_issued_by_fkey;
ALTER TABLE activation_codes ADD COLUMN issued_by_kind TEXT NOT NULL DEFAULT 'professional';

-- Who made the melding that started a case (a school, the police, a parent …), in the words of
-- the professional who opened it: the family sees where their case came from.
ALTER TABLE cases ADD COLUMN reported_by TEXT;
