-- The analyst layer: what a person says about the evidence, kept apart from it. Never rewrites an extracted row.
-- Never edit once landed: add a new file.
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,             -- hide, merge, tag, note, verdict
    target_kind TEXT NOT NULL,        -- entity, alignment, item, document, event
    target TEXT NOT NULL,             -- an entity, alignment, document or event id; an item as doc_id:start:end
    value TEXT,                       -- merge: the entity id it is merged into; tag: the tag; note: the text; verdict: the verdict
    author TEXT NOT NULL,
    created_at TEXT NOT NULL          -- ISO 8601 UTC
);
CREATE INDEX annotations_target ON annotations(target_kind, target);
CREATE INDEX annotations_action ON annotations(action);
