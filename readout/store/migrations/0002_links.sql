-- The link stage's results: events, alignments with their verdicts, inconsistencies inside one document,
-- arithmetic checks, and the small per-document features event clustering reads. Each table keeps the
-- columns people filter on plus the model object as JSON (body), which is what the store reads back.
-- Never edit once landed: add a new file.

CREATE TABLE document_features (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    body TEXT NOT NULL                -- model.DocumentFeatures as JSON
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,              -- stable: derived from the document that founded the cluster
    title TEXT NOT NULL,
    date TEXT,                        -- ISO date, NULL when the documents do not say
    location TEXT,
    linked_at TEXT NOT NULL,          -- when the link stage produced it (UTC, ISO)
    body TEXT NOT NULL                -- model.Event as JSON
);
CREATE INDEX events_date ON events(date);

-- Which documents an event groups (a document that covers two happenings is in two events).
CREATE TABLE event_documents (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, doc_id)
);
CREATE INDEX event_documents_doc ON event_documents(doc_id);

CREATE TABLE alignments (
    id TEXT PRIMARY KEY,
    event_id TEXT REFERENCES events(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- date, figure, commitment, quote, claim
    verdict TEXT NOT NULL,            -- corroborated, conflicting, single_source
    label TEXT NOT NULL,
    independent_sources INTEGER NOT NULL,
    body TEXT NOT NULL                -- model.Alignment as JSON (members, reason, commitment, reports)
);
CREATE INDEX alignments_event ON alignments(event_id);
CREATE INDEX alignments_verdict ON alignments(verdict, kind);
CREATE INDEX alignments_kind ON alignments(kind);

-- Each statement of an alignment, with the exact characters it covers: the provenance of a verdict.
CREATE TABLE alignment_members (
    alignment_id TEXT NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- order within the alignment
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    reading TEXT NOT NULL,            -- the normalized value compared
    origin TEXT NOT NULL,             -- independence key: a near copy shares its original's
    PRIMARY KEY (alignment_id, position)
);
CREATE INDEX alignment_members_doc ON alignment_members(doc_id);

CREATE TABLE inconsistencies (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- title_conflict, figure_conflict
    body TEXT NOT NULL                -- model.Inconsistency as JSON
);
CREATE INDEX inconsistencies_doc ON inconsistencies(doc_id);
CREATE INDEX inconsistencies_kind ON inconsistencies(kind);

CREATE TABLE arithmetic_checks (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- the relation: ratio, percent_change
    holds INTEGER NOT NULL,           -- 1 when the stated value matches the computed one
    body TEXT NOT NULL                -- model.ArithmeticCheck as JSON
);
CREATE INDEX arithmetic_checks_doc ON arithmetic_checks(doc_id);
CREATE INDEX arithmetic_checks_kind ON arithmetic_checks(kind, holds);
