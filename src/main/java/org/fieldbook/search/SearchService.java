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

    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    public List<SearchHit> search(SearchQuery q) {
        String match = toMatch(q.text());
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<SearchHit> hits = new ArrayList<>(notes(c, q, match));
            if (!q.notesOnly()) {
                hits.addAll(meetings(c, q, match));
                hits.addAll(stakeholders(c, q, match));
            }
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
            return hits.size() > q.limit() ? List.copyOf(hits.subList(0, q.limit())) : hits;
        });
    }

    private List<SearchHit> notes(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT n.id, n.visit_id, n.kind, m.title AS meeting,"
                + " snippet(note_fts, -1, '" + MARK_START + "', '" + MARK_END + "', '…', 16) AS snip, bm25(note_fts) AS rank"
                + " FROM note_fts JOIN note n ON n.n = note_fts.rowid LEFT JOIN meeting m ON m.id = n.meeting_id"
                + " WHERE note_fts MATCH ?");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            sql.append(" AND n.visit_id = ?");
            params.add(q.visitId());
        }
        if (q.kind() != null) {
            sql.append(" AND n.kind = ?");
            params.add(q.kind());
        }
        if (q.areaId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM json_each(n.areas) WHERE value = ?)");
            params.add(q.areaId());
        }
        sql.append(" ORDER BY rank LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> {
            String meeting = rs.getString("meeting");
            String kind = rs.getString("kind").replace('_', ' ');
            String title = meeting == null ? kind : kind + " · " + meeting;
            return new SearchHit("note", rs.getString("id"), rs.getString("visit_id"), title, rs.getString("snip"),
                    -rs.getDouble("rank"));
        }, params.toArray());
    }

    private List<SearchHit> meetings(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.visit_id, m.title, m.day,"
                + " snippet(meeting_fts, -1, '" + MARK_START + "', '" + MARK_END + "', '…', 16) AS snip, bm25(meeting_fts) AS rank"
                + " FROM meeting_fts JOIN meeting m ON m.n = meeting_fts.rowid WHERE meeting_fts MATCH ?");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            sql.append(" AND m.visit_id = ?");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY rank LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> new SearchHit("meeting", rs.getString("id"), rs.getString("visit_id"),
                rs.getString("title") + " (" + rs.getString("day") + ")", rs.getString("snip"), -rs.getDouble("rank")),
                params.toArray());
    }

    private List<SearchHit> stakeholders(Connection c, SearchQuery q, String match) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.person, s.organisation,"
                + " snippet(stakeholder_fts, -1, '" + MARK_START + "', '" + MARK_END + "', '…', 16) AS snip, bm25(stakeholder_fts) AS rank"
                + " FROM stakeholder_fts JOIN stakeholder s ON s.n = stakeholder_fts.rowid WHERE stakeholder_fts MATCH ?");
        List<Object> params = new ArrayList<>(List.of(match));
        if (q.visitId() != null) {
            sql.append(" AND s.city_id = (SELECT city_id FROM visit WHERE id = ?)");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY rank LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> {
            String person = rs.getString("person");
            String org = rs.getString("organisation");
            String title = person.isEmpty() ? org : org.isEmpty() ? person : person + " (" + org + ")";
            return new SearchHit("stakeholder", rs.getString("id"), q.visitId(), title, rs.getString("snip"), -rs.getDouble("rank"));
        }, params.toArray());
    }

    /**
     * Turns what a person typed into an FTS5 query: every word must occur; the last word may be a prefix
     * (search as you type). Quotes and operators typed by the user are taken literally.
     */
    static String toMatch(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
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
