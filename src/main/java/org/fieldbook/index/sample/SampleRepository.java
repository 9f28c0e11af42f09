package org.fieldbook.index.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/**
 * Keeps the office's sample statistics in the workspace as a tracked record, so they travel in sync bundles;
 * the most recently loaded set is the current one.
 */
public final class SampleRepository extends TrackedRecords {
    public SampleRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /**
     * Stores loaded statistics. A first load is reference data, identical in every workspace that loads the same file
     * (canonical body, stamps derived from its hash, a fixed load time), so sync never sees two versions of it; loading
     * the same content again changes nothing; new content under the same id is an ordinary, stamped edit.
     */
    public void save(SampleStatistics s) {
        String body = SampleReader.toJson(s);
        db.write(c -> {
            Optional<String> stored = Sql.one(c, "SELECT body FROM sample_statistics WHERE id=? AND deleted=0", rs -> rs.getString(1), s.id());
            if (stored.isPresent() && sameContent(stored.get(), body)) {
                return false;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (Sql.count(c, "SELECT count(*) FROM sample_statistics WHERE id=?", s.id()) == 0) {
                fields.put("loaded_at", REFERENCE_LOAD_TIME);
                fields.put("body", body);
                tracker.insertReference(c, "sample_statistics", s.id(), fields, org.fieldbook.support.CanonicalJson.sha256(body));
                return true;
            }
            fields.put("loaded_at", Instant.now().toString());
            fields.put("body", body);
            fields.put("deleted", 0);
            return tracker.overwrite(c, "sample_statistics", s.id(), fields); // loaded whole from a file: the newest load wins
        });
    }

    /** The load time of statistics stored as reference data (the same everywhere; the local row order breaks ties). */
    static final String REFERENCE_LOAD_TIME = "1970-01-01T00:00:00Z";

    private static boolean sameContent(String stored, String body) {
        try {
            return org.fieldbook.support.CanonicalJson.canonical(stored).equals(body);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Optional<SampleStatistics> current() {
        return db.read(c -> Sql.one(c, "SELECT body FROM sample_statistics WHERE deleted=0 ORDER BY loaded_at DESC, n DESC LIMIT 1", rs -> rs.getString(1)))
                .map(b -> SampleReader.json(b.getBytes(StandardCharsets.UTF_8), "stored sample statistics"));
    }

    /** Loads the bundled, fictional demo statistics when none are stored. */
    public void seedDemoIfEmpty() {
        if (current().isEmpty()) {
            save(SampleReader.demo());
        }
    }
}
