-- Search on PostgreSQL, bounded (issue 14): a search ranks the most recent matching notes (SearchService.RANKED_NOTES),
-- but a GIN index cannot give its matches newest first, so a common word made every search visit every matching
-- row of the note table (tens of thousands) just to keep the newest thousand. Each note now also carries its age
-- group (its row number / 1024, fixed at insert), indexed in the same GIN index as its search vector (btree_gin, a
-- contrib extension like unaccent), so a search looks at the newest age groups first and visits only the rows that
-- match there; older groups are read only when the newer ones hold too few matches (see PgSearch).
CREATE EXTENSION IF NOT EXISTS btree_gin;
ALTER TABLE note ADD COLUMN search_age bigint GENERATED ALWAYS AS (n / 1024) STORED;
CREATE INDEX note_search_recent ON note USING gin (search_age, search_doc) WHERE deleted = 0;
DROP INDEX note_search_doc;
