package org.fieldbook.index.definition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/**
 * Stores questionnaire definitions. A definition is immutable once loaded: loading the same id again with
 * the same content does nothing, with different content it is refused (a new edition needs a new id).
 */
public final class QuestionnaireRepository {
    private final Database db;
    private final Tracker tracker;
    private final Map<String, QuestionnaireDefinition> cache = new ConcurrentHashMap<>();

    /** What a load did. */
    public enum LoadResult { LOADED, ALREADY_LOADED }

    /** A summary row for listings. */
    public record Summary(String id, String edition, String title, boolean sample, int areas, int questions) {
    }

    public QuestionnaireRepository(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }

    public LoadResult load(QuestionnaireDefinition d) {
        String json = DefinitionReader.toJson(d);
        String sha = sha256(json);
        return db.write(c -> {
            Optional<String> existing = Sql.one(c, "SELECT sha256 FROM questionnaire WHERE id=?", rs -> rs.getString(1), d.id());
            if (existing.isPresent()) {
                if (existing.get().equals(sha) || sameContent(c, d.id(), json)) {
                    return LoadResult.ALREADY_LOADED;
                }
                throw new DefinitionConflictException("questionnaire '" + d.id() + "' is already loaded with different"
                        + " content; a loaded questionnaire never changes under its answers. Give a new edition a new id.");
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("edition", d.edition() == null ? "" : d.edition());
            f.put("sha256", sha);
            f.put("definition", json);
            tracker.insertReference(c, "questionnaire", d.id(), f, sha);
            addMissingAreas(c, d);
            return LoadResult.LOADED;
        });
    }

    /** True when the stored definition (possibly written by an older version, keys in another order) has this content. */
    private static boolean sameContent(java.sql.Connection c, String id, String canonicalJson) throws java.sql.SQLException {
        Optional<String> stored = Sql.one(c, "SELECT definition FROM questionnaire WHERE id=?", rs -> rs.getString(1), id);
        try {
            return stored.isPresent() && org.fieldbook.support.CanonicalJson.canonical(stored.get()).equals(canonicalJson);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Loads the bundled sample definition into a workspace that has no questionnaire yet. */
    public void seedSampleIfEmpty() {
        boolean empty = db.read(c -> Sql.count(c, "SELECT count(*) FROM questionnaire") == 0);
        if (empty) {
            load(DefinitionReader.sample());
        }
    }

    public Optional<QuestionnaireDefinition> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        QuestionnaireDefinition cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> json = db.read(c -> Sql.one(c, "SELECT definition FROM questionnaire WHERE id=? AND deleted=0",
                rs -> rs.getString(1), id));
        Optional<QuestionnaireDefinition> d = json.map(j -> DefinitionReader.parse(j.getBytes(StandardCharsets.UTF_8),
                "stored questionnaire " + id));
        d.ifPresent(def -> cache.put(id, def));
        return d;
    }

    public QuestionnaireDefinition require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no questionnaire with id '" + id
                + "' (see 'fieldbook index show')"));
    }

    /** The ids of all loaded definitions, in the order this workspace loaded them. */
    public List<String> ids() {
        return db.read(c -> Sql.list(c, "SELECT id FROM questionnaire WHERE deleted=0 ORDER BY n", rs -> rs.getString(1)));
    }

    public List<Summary> summaries() {
        return ids().stream().map(this::require).map(d -> new Summary(d.id(), d.edition(), d.title("en"), d.sample(),
                d.areas().size(), d.questions().size())).toList();
    }

    /** The most recently loaded definition: the default for a visit that has none yet. */
    public Optional<QuestionnaireDefinition> latest() {
        List<String> ids = ids();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(ids.size() - 1));
    }

    private static void addMissingAreas(Connection c, QuestionnaireDefinition d) throws SQLException {
        for (AreaDefinition a : d.areas()) {
            if (Sql.count(c, "SELECT count(*) FROM index_area WHERE id=?", a.id()) == 0) {
                Sql.update(c, "INSERT INTO index_area(id, ord, title_en, title_fr, grp, optional) VALUES (?,?,?,?,?,?)",
                        a.id(), 100 + a.order(), a.title("en"), a.title("fr"), a.group(), a.optional() ? 1 : 0);
            }
        }
    }

    static String sha256(String s) {
        return org.fieldbook.support.CanonicalJson.sha256(s);
    }
}
