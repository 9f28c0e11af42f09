package org.fieldbook.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.search.SearchService.Candidate;
import org.fieldbook.store.Sql;

/**
 * The search queries on PostgreSQL (the SQLite ones, on FTS5, are in {@link SearchService}): the same rules — every
 * word, the last one as a prefix, accents and case ignored (unaccent), deleted records and trashed visits left out,
 * notes ranked among the {@value SearchService#RANKED_NOTES} most recent matches after the filters — over the stored
 * search vectors and their GIN indexes (migration V015, PostgreSQL version; the vector function is V002's); notes'
 * search vectors also hold each note's age group (V016), so a search reads the newest matches first and no more rows than it
 * ranks (see {@link #recentMatches}). The rank is {@code ts_rank}; snippets are made in Java as on SQLite. The search
 * words are turned into a tsquery once per query ({@code (SELECT fb_search_query(?))}): once the server plans a
 * statement for any value, a bare {@code fb_search_query(?)} was worked out again (unaccent and all) for every row
 * ranked or tested.
 */
final class PgSearch {
    /** The stored search vectors (migration V015, PostgreSQL version), indexed with GIN; ts_rank reads them as stored. */
    private static final String NOTE_DOC = "n.search_doc";
    private static final String MEETING_DOC = "m.search_doc";
    private static final String STAKEHOLDER_DOC = "s.search_doc";

    private PgSearch() {
    }

    /** A tsquery text: every word, the last as a prefix (words hold only letters and digits, so quoting is safe). */
    static String toQuery(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i == 0 ? "" : " & ").append('\'').append(words.get(i).toLowerCase(java.util.Locale.ROOT)).append('\'');
            if (i == words.size() - 1) {
                sb.append(":*");
            }
        }
        return sb.toString();
    }

    /** The matching notes, ranked. */
    static List<Candidate> notesFound(Connection c, SearchQuery q, String tsquery) throws SQLException {
        return notes(c, q, tsquery);
    }

    /** The matching meetings and stakeholders, ranked. */
    static List<Candidate> othersFound(Connection c, SearchQuery q, String tsquery) throws SQLException {
        List<Candidate> hits = new ArrayList<>(meetings(c, q, tsquery));
        hits.addAll(stakeholders(c, q, tsquery));
        return hits;
    }

    /** At most this many words stand for a prefix in the question to the index; more, and it is asked as a prefix. */
    static final int PREFIX_WORDS = 32;
    private static final java.util.regex.Pattern LAST_PREFIX = java.util.regex.Pattern.compile("'([^']*)':\\*$");

    /**
     * The tsquery {@code tsquery} with its last word, a prefix, replaced by the words of the notes it stands for (from
     * {@code search_word}, migration V016): exact words are found in the index without gathering every note of every
     * word sharing the prefix first. The same notes match. Null when no note holds a word with that prefix; the query
     * unchanged when it has no prefix or the prefix stands for more than {@value #PREFIX_WORDS} words.
     */
    static String withPrefixWords(Connection c, String tsquery) throws SQLException {
        java.util.regex.Matcher m = LAST_PREFIX.matcher(tsquery);
        if (!m.find()) {
            return tsquery;
        }
        // the prefix folded as the notes' words are (unaccent, lower case), then the words from it to its last extension
        List<String> words = Sql.list(c, "SELECT word FROM search_word, (SELECT lower(fb_unaccent(?)) AS p) x"
                + " WHERE word >= x.p AND word < x.p || chr(1114111) ORDER BY word LIMIT " + (PREFIX_WORDS + 1),
                rs -> rs.getString(1), m.group(1));
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() > PREFIX_WORDS || words.stream().anyMatch(w -> w.indexOf('\'') >= 0 || w.indexOf('\\') >= 0)) {
            return tsquery;
        }
        StringBuilder any = new StringBuilder("(");
        for (String w : words) {
            any.append(any.length() == 1 ? "" : " | ").append('\'').append(w).append('\'');
        }
        return tsquery.substring(0, m.start()) + any.append(')');
    }

    private static List<Candidate> notes(Connection c, SearchQuery q, String rankQuery) throws SQLException {
        String tsquery = withPrefixWords(c, rankQuery);
        if (tsquery == null) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" AND n.deleted = 0");
        List<Object> params = new ArrayList<>();
        if (q.visitId() != null) {
            where.append(" AND n.visit_id = ?");
            params.add(q.visitId());
        }
        if (q.kind() != null) {
            where.append(" AND n.kind = ?");
            params.add(q.kind());
        }
        if (q.areaId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(CAST(n.areas AS jsonb)) a(value) WHERE a.value = ?)");
            params.add(q.areaId());
        }
        List<Object> matchParams = new ArrayList<>();
        String recent;
        if (q.visitId() != null) {
            // One visit's notes (a few thousand at most): read through the visit's index and tested one by one. The
            // words are kept out of the index on purpose ("IS TRUE"): words that often go together (a place, a name)
            // looked rare to the planner, which then read every note of every visit holding them.
            recent = "SELECT n.n AS r FROM note n WHERE (" + NOTE_DOC + " @@ (SELECT fb_search_query(?))) IS TRUE" + where
                    + " ORDER BY n.n DESC LIMIT " + SearchService.RANKED_NOTES;
            matchParams.add(tsquery);
            matchParams.addAll(params);
        } else {
            // The most recent matches, newest age group first (see recentMatches).
            long newest = Sql.one(c, "SELECT max(n) FROM note", rs -> rs.getLong(1)).orElse(0L);
            recent = recentMatches(tsquery, where.toString(), params, newest / AGE_GROUP, matchParams);
        }
        // then the rank for just those
        String sql = "WITH m AS MATERIALIZED (" + recent + "),"
                + " f AS MATERIALIZED (SELECT m.r, ts_rank(" + NOTE_DOC + ", (SELECT fb_search_query(?))) AS rank FROM m JOIN note n ON n.n = m.r),"
                + " top AS MATERIALIZED (SELECT r, rank FROM f ORDER BY rank DESC, r DESC LIMIT ?)"
                + " SELECT n.id, n.visit_id, n.kind, n.text, n.speaker_name, m.title AS meeting, top.rank"
                + " FROM top JOIN note n ON n.n = top.r LEFT JOIN meeting m ON m.id = n.meeting_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = n.visit_id AND v.deleted = 1) ORDER BY top.rank DESC, top.r DESC";
        params = matchParams;
        params.add(rankQuery);
        params.add(q.limit());
        return Sql.list(c, sql, rs -> Candidate.note(rs, rs.getDouble("rank")), params.toArray());
    }

    /** Notes per age group: each note's search vector holds the lexeme {@code ~(n / AGE_GROUP)} (migration V016). */
    static final long AGE_GROUP = 8192;
    /** Age groups the newest window spans; each older window spans {@link #WIDENING} times the one before. */
    static final long FIRST_WINDOW = 2;
    static final long WIDENING = 2;

    /**
     * The row numbers of the {@value SearchService#RANKED_NOTES} most recent notes matching {@code tsquery} and the
     * conditions {@code filters} (each starting with AND, their values in {@code filterParams}), newest first,
     * as one query over windows of age groups, newest window first, each older one wider: a UNION ALL of one branch per
     * window under a LIMIT, so PostgreSQL stops at the branch that completes the count and never runs the older ones.
     * A branch asks the GIN index for the words AND one of its window's group lexemes, in the one index condition, so
     * only the rows that match in its window are read (a common word no longer makes every matching row of the table
     * be read); the last window reaches group 0. Branches are ordered by {@code n + 0} so that none walks the
     * row-number index backwards testing every row instead.
     */
    static String recentMatches(String tsquery, String filters, List<Object> filterParams, long newestGroup, List<Object> params) {
        List<String> branches = new ArrayList<>();
        long upper = newestGroup + 1;
        long lower = newestGroup - FIRST_WINDOW + 1;
        long width = FIRST_WINDOW;
        while (true) {
            lower = Math.max(0, lower);
            StringBuilder groups = new StringBuilder();
            for (long g = lower; g < upper; g++) {
                groups.append(groups.length() == 0 ? "" : " | ").append("'~").append(g).append('\'');
            }
            // one condition, so the index answers words and groups together
            branches.add("(SELECT n.n AS r FROM note n WHERE " + NOTE_DOC + " @@ ((SELECT fb_search_query(?)) && (SELECT CAST(? AS tsquery)))" + filters
                    + " ORDER BY n.n + 0 DESC LIMIT " + SearchService.RANKED_NOTES + ")");
            params.add(tsquery);
            params.add(groups.toString());
            params.addAll(filterParams);
            if (lower == 0) {
                break;
            }
            upper = lower;
            width *= WIDENING;
            lower = upper - width;
        }
        return "SELECT r FROM (" + String.join(" UNION ALL ", branches) + ") w LIMIT " + SearchService.RANKED_NOTES;
    }

    private static List<Candidate> meetings(Connection c, SearchQuery q, String tsquery) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.visit_id, m.title, m.place, m.day, ts_rank(" + MEETING_DOC
                + ", (SELECT fb_search_query(?))) AS rank FROM meeting m WHERE " + MEETING_DOC + " @@ (SELECT fb_search_query(?)) AND m.deleted = 0"
                + " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = m.visit_id AND v.deleted = 1)");
        List<Object> params = new ArrayList<>(List.of(tsquery, tsquery));
        if (q.visitId() != null) {
            sql.append(" AND m.visit_id = ?");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY rank DESC, m.n DESC LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> Candidate.meeting(rs, rs.getDouble("rank")), params.toArray());
    }

    private static List<Candidate> stakeholders(Connection c, SearchQuery q, String tsquery) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.person, s.organisation, s.role, ts_rank(" + STAKEHOLDER_DOC
                + ", (SELECT fb_search_query(?))) AS rank FROM stakeholder s WHERE " + STAKEHOLDER_DOC + " @@ (SELECT fb_search_query(?)) AND s.deleted = 0");
        List<Object> params = new ArrayList<>(List.of(tsquery, tsquery));
        if (q.visitId() != null) {
            sql.append(" AND s.city_id = (SELECT city_id FROM visit WHERE id = ?)");
            params.add(q.visitId());
        }
        sql.append(" ORDER BY rank DESC, s.n DESC LIMIT ?");
        params.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> Candidate.stakeholder(rs, q.visitId(), rs.getDouble("rank")), params.toArray());
    }
}
