package org.fieldbook.area;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.support.JsonMappers;

/**
 * The INDEX areas notes are tagged with. They are data: seeded from {@code areas-revised.json} (the revised
 * edition's areas, in report order) into the workspace, where a loaded questionnaire may add more.
 */
public final class AreaCatalog {
    private final Database db;

    public AreaCatalog(Database db) {
        this.db = db;
    }

    /** Adds the bundled revised-edition areas to a workspace that has none. */
    public void seedIfEmpty() {
        if (db.read(c -> Sql.count(c, "SELECT count(*) FROM index_area")) > 0) {
            return; // seeded before (every opening but the first): the bundled file is not read
        }
        List<IndexArea> bundled = bundled();
        db.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM index_area") > 0) {
                return null;
            }
            for (IndexArea a : bundled) {
                Sql.update(c, "INSERT INTO index_area(id, ord, title_en, title_fr, grp, optional) VALUES (?,?,?,?,?,?)",
                        a.id(), a.order(), a.titleEn(), a.titleFr(), a.group(), a.optional() ? 1 : 0);
            }
            return null;
        });
    }

    public List<IndexArea> list() {
        return db.read(c -> Sql.list(c, "SELECT * FROM index_area ORDER BY ord",
                rs -> new IndexArea(rs.getString("id"), rs.getInt("ord"), rs.getString("title_en"), rs.getString("title_fr"),
                        rs.getString("grp"), rs.getInt("optional") == 1)));
    }

    public static List<IndexArea> bundled() {
        try (InputStream in = AreaCatalog.class.getResourceAsStream("areas-revised.json")) {
            return JsonMappers.plain().readValue(in, new TypeReference<List<IndexArea>>() {});
        } catch (IOException e) {
            throw new StoreException("Cannot read the bundled INDEX areas", e);
        }
    }
}
