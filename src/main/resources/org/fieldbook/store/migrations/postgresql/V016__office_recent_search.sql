-- Search on PostgreSQL, bounded (issue 14): a search ranks the most recent matching notes (SearchService.RANKED_NOTES),
-- but a GIN index cannot give its matches newest first, so a common word made every search visit every matching
-- row of the note table (tens of thousands) just to keep the newest thousand. Each note's search vector now also
-- holds its age group as one more lexeme, '~' and its row number / 8192 (fixed at insert; a word typed in a search
-- never starts with '~', so no search matches it by accident), and a search asks the index for the words AND one of
-- the newest groups first: only the rows that match there are read; older groups are asked only when the newer ones
-- hold too few matches (see PgSearch). The rank is computed on the words alone.
ALTER TABLE note DROP COLUMN search_doc;
ALTER TABLE note ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (fb_search_vector(text || ' ' || speaker_name)
    || array_to_tsvector(ARRAY['~' || CAST(n / 8192 AS text)])) STORED;
-- Without the pending list (fastupdate off) each note save updates the index itself: a little more work per save, but
-- no save pays for merging up to four megabytes of other saves' entries into it (in the quiet bench run before this,
-- one save of 600 took 159 ms against a median of 1.4).
CREATE INDEX note_search_doc ON note USING gin (search_doc) WITH (fastupdate = off) WHERE deleted = 0;
