package org.fieldbook.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;

/** Ranked full-text search with highlighted snippets, over notes, meetings and stakeholders. */
public final class SearchService {
    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    private static final int SNIPPET_WORDS = 16;
    static final int RANKED_NOTES = 1000;

    private final Database db;

    private final boolean postgres;

    public SearchService(Database db) {
        this.db = db;
        this.postgres = db.dialect() == org.fieldbook.store.Dialect.POSTGRESQL;
        if (!postgres) {
            db.whenIdle(SearchService::mergeIndexSegments);
        }
    }

    /**
     * One bounded step of full-text index merging (FTS5 'merge' with a page budget), run when the writer is idle;
     * automatic merging inside saves is switched off by migration V007.
     */
    static Void mergeIndexSegments(java.sql.Connection c) throws java.sql.SQLException {
        for (String table : new String[] {"note_fts", "meeting_fts", "stakeholder_fts"}) {
            Sql.update(c, "INSERT INTO " + table + "(" + table + ", rank) VALUES ('merge', 64)");
        }
        return null;
    }

    public List<SearchHit> search(SearchQuery q) {
        List<String> words = words(q.text());
        if (words.isEmpty()) {
            return List.of();
        }
        Snippets snippets = new Snippets(words, true);
        List<Candidate> found = postgres ? onServer(q, PgSearch.toQuery(words)) : db.read(c -> {
            String match = toMatch(q.text());
            List<Candidate> hits = new ArrayList<>(notes(c, q, match));
            if (!q.notesOnly()) {
                hits.addAll(meetings(c, q, match));
                hits.addAll(stakeholders(c, q, match));
            }
            return hits;
        });
        // Snippets are made only for the hits kept, after ranking all three kinds together (up to three times the
        // limit are read), and outside the read transaction.
        found.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<SearchHit> hits = new ArrayList<>(Math.min(found.size(), q.limit()));
        for (Candidate k : found.subList(0, Math.min(found.size(), q.limit()))) {
            hits.add(new SearchHit(k.type(), k.id(), k.visit(), k.title(), snippets.excerpt(SNIPPET_WORDS, k.texts()), k.score()));
        }
        return hits;
    }

    /**
     * On the office's server the notes and the other records are asked for at the same time, on two connections (the
     * server answers both at once; the time is that of the slower one instead of their sum).
     */
    private List<Candidate> onServer(SearchQuery q, String tsquery) {
        java.util.concurrent.CompletableFuture<List<Candidate>> others = q.notesOnly()
                ? java.util.concurrent.CompletableFuture.completedFuture(List.of())
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> db.read(c -> PgSearch.othersFound(c, q, tsquery)));
        List<Candidate> hits = new ArrayList<>(db.read(c -> PgSearch.notesFound(c, q, tsquery)));
        try {
            hits.addAll(others.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return hits;
    }

    /** A ranked row before its snippet is made: the texts the snippet is chosen from, best first on ties. */
    record Candidate(String type, String id, String visit, String title, String[] texts, double score) {
        /** A note hit of either engine: titled by its kind (and meeting), searched in its text and speaker. */
        static Candidate note(java.sql.ResultSet rs, double score) throws SQLException {
            String meeting = rs.getString("meeting");
            String kind = rs.getString("kind").replace('_', ' ');
            String title = meeting == null ? kind : kind + " · " + meeting;
            return new Candidate("note", rs.getString("id"), rs.getString("visit_id"), title,
                    new String[] {rs.getString("text"), rs.getString("speaker_name")}, score);
        }

        /** A meeting hit of either engine: titled "title (day)", searched in its title and place. */
        static Candidate meeting(java.sql.ResultSet rs, double score) throws SQLException {
            return new Candidate("meeting", rs.getString("id"), rs.getString("visit_id"),
                    rs.getString("title") + " (" + rs.getString("day") + ")",
                    new String[] {rs.getString("title"), rs.getString("place")}, score);
        }

        /** A stakeholder hit of either engine: titled "person (organisation)", searched in person, organisation and role. */
        static Candidate stakeholder(java.sql.ResultSet rs, String visitId, double score) throws SQLException {
            String person = rs.getString("person");
            String org = rs.getString("organisation");
            String title = person.isEmpty() ? org : org.isEmpty() ? person : person + " (" + org + ")";
            return new Candidate("stakeholder", rs.getString("id"), visitId, title,
                    new String[] {person, org, rs.getString("role")}, score);
        }
    }

    /*
     * Query shape: the full-text match runs once, first (a MATERIALIZED CTE joined with CROSS JOIN so the planner
     * cannot turn it into one full-text lookup per row of a filtered table), filters apply to its rows, and only
     * the few rows kept get a snippet, made in Java.
     */
    private static String matched(String fts) {
        return "WITH f AS MATERIALIZED (SELECT rowid AS r, bm25(" + fts + ") AS rank FROM " + fts + " WHERE " + fts + " MATCH ?) ";
    }

    /**
     * Notes are ranked among the {@value #RANKED_NOTES} most recent matches that pass the filters: the full-text
     * index yields matches newest first (no sort), bm25 is computed only for those, so a query that matches a
     * hundred thousand notes costs about as much as one matching a few thousand. With a visit filter the scan is
     * also bounded to the visit's range of row numbers (its notes were mostly written together) and tested against
     * the set of the visit's note rows, read from the visit index.
     */
    private List<Candidate> notes(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE note_fts MATCH ?");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            long[] range = visitRange(c, q.visitId());
            if (range == null) {
                return List.of();
            }
            // "+" keeps the set test out of the full-text index (which would run the whole query once per member).
            where.append(" AND note_fts.rowid BETWEEN ? AND ?"
                    + " AND +note_fts.rowid IN (SELECT n FROM note WHERE visit_id = ? AND deleted = 0)");
            params.add(range[0]);
            params.add(range[1]);
            params.add(q.visitId());
        }
        if (q.kind() != null) {
            where.append(" AND n.kind = ?");
            params.add(q.kind());
        }
        if (q.areaId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM json_each(n.areas) WHERE value = ?)");
            params.add(q.areaId());
        }
        // Deleted notes are not in the index and the visit test uses the visit's index entries, so only the kind and
        // area filters need the note rows themselves.
        boolean rows = q.kind() != null || q.areaId() != null;
        String from = rows ? " FROM note_fts CROSS JOIN note n ON n.n = note_fts.rowid" : " FROM note_fts";
        String sql = "WITH f AS MATERIALIZED (SELECT note_fts.rowid AS r, bm25(note_fts) AS rank" + from + where
                + " ORDER BY note_fts.rowid DESC LIMIT " + RANKED_NOTES + "),"
                // The best few are chosen from the ranks alone; only they are joined to their note and meeting rows.
                + " top AS MATERIALIZED (SELECT r, rank FROM f ORDER BY rank LIMIT ?)"
                + " SELECT n.id, n.visit_id, n.kind, n.text, n.speaker_name, m.title AS meeting, top.rank"
                + " FROM top CROSS JOIN note n ON n.n = top.r LEFT JOIN meeting m ON m.id = n.meeting_id"
                // a visit moved to the trash takes its notes out of the results with it
                + " WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = n.visit_id AND v.deleted = 1) ORDER BY top.rank";
        params.add(q.limit());
        return Sql.list(c, sql, rs -> Candidate.note(rs, -rs.getDouble("rank")), params.toArray());
    }

    /** Lowest and highest row number of the visit's notes, or null when it has none. */
    private static long[] visitRange(Connection c, String visitId) throws SQLException {
        return Sql.one(c, "SELECT min(n), max(n) FROM note WHERE visit_id = ? AND deleted = 0",
                rs -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)}, visitId).orElse(null);
    }

    private List<Candidate> meetings(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder sql = new StringBuilder(matched("meeting_fts") + "SELECT m.id, m.visit_id, m.title, m.place, m.day, f.rank"
                + " FROM f CROSS JOIN meeting m ON m.n = f.r WHERE m.deleted = 0"
                + " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = m.visit_id AND v.deleted = 1)");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            sql.append(" AND m.visit_id = ?");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY f.rank LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> Candidate.meeting(rs, -rs.getDouble("rank")), params.toArray());
    }

    private List<Candidate> stakeholders(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder sql = new StringBuilder(matched("stakeholder_fts") + "SELECT s.id, s.person, s.organisation, s.role, f.rank"
                + " FROM f CROSS JOIN stakeholder s ON s.n = f.r WHERE s.deleted = 0");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            sql.append(" AND s.city_id = (SELECT city_id FROM visit WHERE id = ?)");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY f.rank LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> Candidate.stakeholder(rs, q.visitId(), -rs.getDouble("rank")), params.toArray());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Turns what a person typed into an FTS5 query: every word must occur; the last word may be a prefix
     * (search as you type). Quotes and operators typed by the user are taken literally.
     */
    public static String toMatch(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append('"').append(words.get(i)).append('"');
            if (i == words.size() - 1) {
                sb.append('*');
            }
        }
        return sb.toString();
    }
}
