-- People who work on Helder itself rather than on a case: ervaringsdeskundigen who review the
-- texts (reviewer) and those who run the installation (administrator). They sign in like
-- everyone else and are never related to a case, so the access policy gives them no case data.
CREATE TABLE staff (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,             -- 'reviewer' | 'administrator'
    given_name   TEXT NOT NULL,
    family_name  TEXT NOT NULL
);
