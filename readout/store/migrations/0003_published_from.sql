-- Which source stated a document's publication date ("JSON-LD datePublished", "meta article:published_time",
-- "the file's header", ...), so a reader can tell structured data from a guess. NULL when the date is unknown.
-- Never edit once landed: add a new file.
ALTER TABLE documents ADD COLUMN published_from TEXT;
