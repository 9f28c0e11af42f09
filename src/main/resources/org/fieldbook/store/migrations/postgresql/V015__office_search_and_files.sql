-- Search on PostgreSQL, faster (issue 14): each searched table keeps its unaccented search vector in a stored
-- generated column, computed once when a row is written, so ts_rank reads it instead of computing it again for
-- every matching row; the GIN indexes of V002 over the expression give way to indexes over the column. The column
-- belongs to the engine: Dialect.columns leaves generated columns out (records, bundles, moves never carry it).
ALTER TABLE note ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (fb_search_vector(text || ' ' || speaker_name)) STORED;
ALTER TABLE meeting ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (fb_search_vector(title || ' ' || place)) STORED;
ALTER TABLE stakeholder ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (fb_search_vector(person || ' ' || organisation || ' ' || role)) STORED;
DROP INDEX note_search;
DROP INDEX meeting_search;
DROP INDEX stakeholder_search;
CREATE INDEX note_search_doc ON note USING gin (search_doc) WHERE deleted = 0;
CREATE INDEX meeting_search_doc ON meeting USING gin (search_doc) WHERE deleted = 0;
CREATE INDEX stakeholder_search_doc ON stakeholder USING gin (search_doc) WHERE deleted = 0;
-- Attachments shared by the office: the content of each distinct file once, named by its SHA-256 (hex), checked
-- against it on every read. Not a record table: moves and backups carry the files through the attachment records.
CREATE TABLE attachment_content (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  content BYTEA NOT NULL
);
