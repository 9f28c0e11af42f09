-- Full-text search on PostgreSQL (SQLite uses FTS5, see ../V002__search.sql): accents folded with unaccent, words as
-- the 'simple' configuration splits them (no stemming, as FTS5's unicode61), one GIN index per searched table over the
-- same expression the search uses; deleted records are left out of the index.
-- The functions keep the search path they were created with, so an index stays usable in a pg_dump restore.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION fb_unaccent(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ SELECT unaccent('unaccent'::regdictionary, t) $$;
CREATE FUNCTION fb_search_vector(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ SELECT to_tsvector('pg_catalog.simple'::regconfig, fb_unaccent(t)) $$;
CREATE FUNCTION fb_search_query(t text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ SELECT to_tsquery('pg_catalog.simple'::regconfig, fb_unaccent(t)) $$;
CREATE INDEX note_search ON note USING gin (fb_search_vector(text || ' ' || speaker_name)) WHERE deleted = 0;
CREATE INDEX meeting_search ON meeting USING gin (fb_search_vector(title || ' ' || place)) WHERE deleted = 0;
CREATE INDEX stakeholder_search ON stakeholder USING gin (fb_search_vector(person || ' ' || organisation || ' ' || role)) WHERE deleted = 0;
