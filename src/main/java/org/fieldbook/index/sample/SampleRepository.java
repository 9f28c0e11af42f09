package org.fieldbook.index.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;

/** Keeps the office's sample statistics in the workspace; the most recently loaded set is the current one. */
public final class SampleRepository {
    private final Database db;

    public SampleRepository(Database db) {
        this.db = db;
    }

    public void save(SampleStatistics s) {
        String body = SampleReader.toJson(s);
        db.write(c -> Sql.update(c, "INSERT INTO index_sample(id, loaded_at, body) VALUES (?,?,?)"
                + " ON CONFLICT(id) DO UPDATE SET loaded_at=excluded.loaded_at, body=excluded.body", s.id(), Instant.now().toString(), body));
    }

    public Optional<SampleStatistics> current() {
        return db.read(c -> Sql.one(c, "SELECT body FROM index_sample ORDER BY loaded_at DESC LIMIT 1", rs -> rs.getString(1)))
                .map(b -> SampleReader.json(b.getBytes(StandardCharsets.UTF_8), "stored sample statistics"));
    }

    /** Loads the bundled, fictional demo statistics when none are stored. */
    public void seedDemoIfEmpty() {
        if (current().isEmpty()) {
            save(SampleReader.demo());
        }
    }
}
