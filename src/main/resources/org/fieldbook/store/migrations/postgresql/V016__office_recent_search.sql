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
-- The last word of a search is a prefix ("mayo" finds "mayor"); asked as a prefix, the index gathers every note
-- holding any word that starts with it before anything else (a common word: about 30 ms of the search). The words of
-- the notes are listed once each, so a search first looks up the few words its prefix stands for and asks the index
-- for those exact words. A note's words are added when it is written (the trigger); words no note holds any more are
-- forgotten after an erasure (fb_forget_unused_search_words, called by Database.compact), so an erased name does not
-- stay in the list.
CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY);
INSERT INTO search_word SELECT word FROM ts_stat('SELECT search_doc FROM note WHERE deleted = 0') WHERE word NOT LIKE '~%';
CREATE FUNCTION fb_note_words() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.deleted = 0 THEN
    -- in one order, so that two programs adding the same new words never wait for each other in a cycle
    INSERT INTO search_word SELECT w FROM unnest(tsvector_to_array(NEW.search_doc)) AS u(w) WHERE w NOT LIKE '~%'
      ORDER BY w COLLATE "C" ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER note_words AFTER INSERT OR UPDATE OF text, speaker_name, deleted ON note FOR EACH ROW EXECUTE FUNCTION fb_note_words();
CREATE FUNCTION fb_forget_unused_search_words() RETURNS integer LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE gone integer;
BEGIN
  -- no note can add a word while the list is checked (a word a note being saved adds is kept)
  LOCK TABLE search_word IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM search_word w WHERE NOT EXISTS (SELECT 1 FROM note n WHERE n.deleted = 0
      AND n.search_doc @@ to_tsquery('pg_catalog.simple', quote_literal(w.word)));
  GET DIAGNOSTICS gone = ROW_COUNT;
  RETURN gone;
END $$;
