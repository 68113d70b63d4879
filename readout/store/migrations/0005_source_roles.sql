-- The source role of each document: official (a government or institution speaking for itself), news, analysis.
-- Set by the user (--role, a JSONL "role" field) or decided by the analyzer (the reason is in analyses.body).
-- Never edit once landed: add a new file.
ALTER TABLE documents ADD COLUMN role TEXT;
ALTER TABLE documents ADD COLUMN role_declared INTEGER NOT NULL DEFAULT 0;  -- 1: the user set it
CREATE INDEX documents_role ON documents(role);
