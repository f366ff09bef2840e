-- One row per access even when a page's data load is cancelled and restarted within one
-- request: the request's id plus what was accessed is an idempotency key. Not part of the hash
-- chain (it carries no information about the access itself).
ALTER TABLE access_log ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX access_log_request_key ON access_log(request_key);
