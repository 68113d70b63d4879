-- Documents, their analyses, and the rows researchers query. Never edit once landed: add a new file.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,              -- sha256 of the cleaned text (first 16 hex digits)
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    author TEXT,
    published TEXT,                   -- ISO date, NULL when the input does not say
    outlet TEXT,
    language TEXT,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,         -- JSON list of [start, end]
    near_duplicate_of TEXT REFERENCES documents(id),
    raw BLOB,                         -- fetched bytes, kept to re-analyze without refetching
    raw_media_type TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE analyses (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    analyzer TEXT NOT NULL,
    skipped_reason TEXT,
    body TEXT NOT NULL                -- the Analysis as JSON
);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- One row per extracted item: the columns people filter on, the item as JSON.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- mention, quantity, time, quote, claim, commitment, event, rhetoric
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT,                       -- entity id, unit, granularity, speaker, claim kind, status, event type, technique
    value TEXT,                       -- normalized value: number, date interval, score
    body TEXT NOT NULL
);
CREATE INDEX items_kind ON items(kind, label);
CREATE INDEX items_doc ON items(doc_id);
