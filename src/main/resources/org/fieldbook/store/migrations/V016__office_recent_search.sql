-- PostgreSQL only (see postgresql/V016__office_recent_search.sql): the note search index of the office database
-- also knows how recent each note is. Nothing to do on SQLite (FTS5 keeps its own index).
SELECT 1;
