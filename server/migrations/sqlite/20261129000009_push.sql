-- Web Push (F18). The server's VAPID key pair, made at first start and shared by every
-- instance on this database (one row). Kept in step with the other database's file.
CREATE TABLE push_keys (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    private_key  TEXT NOT NULL,          -- base64url, the raw P-256 scalar
    public_key   TEXT NOT NULL,          -- base64url, uncompressed point (the browser's applicationServerKey)
    created_at   TEXT NOT NULL
);

-- One row per browser that asked for notifications. An endpoint is one browser profile's
-- mailbox at its push service; when someone else subscribes on that browser it becomes theirs.
CREATE TABLE push_subscriptions (
    id            TEXT PRIMARY KEY,
    subject_kind  TEXT NOT NULL,         -- 'person' | 'professional' | …
    subject_id    TEXT NOT NULL,
    endpoint      TEXT NOT NULL UNIQUE,
    p256dh        TEXT NOT NULL,         -- the browser's public key, base64url
    auth          TEXT NOT NULL,         -- the browser's auth secret, base64url
    lang          TEXT NOT NULL,         -- language of the notification text
    user_agent    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    failures      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX push_subscriptions_subject ON push_subscriptions(subject_kind, subject_id);
