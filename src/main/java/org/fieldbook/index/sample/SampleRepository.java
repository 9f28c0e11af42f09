package org.fieldbook.index.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/**
 * Keeps the office's sample statistics in the workspace as a tracked record, so they travel in sync bundles;
 * the most recently loaded set is the current one.
 */
public final class SampleRepository {
    private final Database db;
    private final Tracker tracker;

    public SampleRepository(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }

    public void save(SampleStatistics s) {
        String body = SampleReader.toJson(s);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("loaded_at", Instant.now().toString());
        fields.put("body", body);
        db.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM sample_statistics WHERE id=?", s.id()) == 0) {
                return tracker.insert(c, "sample_statistics", s.id(), fields);
            }
            fields.put("deleted", 0);
            return tracker.update(c, "sample_statistics", s.id(), fields);
        });
    }

    public Optional<SampleStatistics> current() {
        return db.read(c -> Sql.one(c, "SELECT body FROM sample_statistics WHERE deleted=0 ORDER BY loaded_at DESC LIMIT 1", rs -> rs.getString(1)))
                .map(b -> SampleReader.json(b.getBytes(StandardCharsets.UTF_8), "stored sample statistics"));
    }

    /** Loads the bundled, fictional demo statistics when none are stored. */
    public void seedDemoIfEmpty() {
        if (current().isEmpty()) {
            save(SampleReader.demo());
        }
    }
}
