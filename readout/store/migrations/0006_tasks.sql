-- Tasks of readout serve (documents being added), kept so that a restarted server still answers for them:
-- a task that was queued or running when the server stopped is reported failed, with the reason.
-- Never edit once landed: add a new file.
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,               -- text, upload, url
    input TEXT NOT NULL,              -- what the user gave: a title, a file name, a URL (never the server's temporary path)
    state TEXT NOT NULL,              -- queued, running, done, failed
    created_at TEXT NOT NULL,         -- ISO 8601 UTC
    finished_at TEXT,
    added INTEGER NOT NULL DEFAULT 0,
    already_stored INTEGER NOT NULL DEFAULT 0,
    document_ids TEXT NOT NULL DEFAULT '[]',  -- JSON lists
    event_ids TEXT NOT NULL DEFAULT '[]',
    errors TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX tasks_created ON tasks(created_at);
CREATE INDEX tasks_state ON tasks(state);
