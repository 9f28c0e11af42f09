package org.fieldbook.bench;

import java.sql.PreparedStatement;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.Tracker;
import org.fieldbook.visit.Visit;

/** Fills an office workspace with many notes quickly: one transaction, batched prepared inserts. */
final class OfficeFiller {
    private OfficeFiller() {
    }

    static void fill(Services s, int notes) {
        Visit v = TestWorkspace.visit(s, "Office archive");
        String hlc = s.store().tracker().clock().now();
        String device = s.store().identity().deviceId();
        s.store().db().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note(id, created_hlc, updated_hlc, author, device, revision,"
                    + " deleted, stamps, visit_id, kind, text, areas) VALUES (?,?,?,?,?,1,0,?,?,?,?,?)")) {
                String stamps = "{\"areas\":\"" + hlc + "\",\"deleted\":\"" + hlc + "\",\"kind\":\"" + hlc + "\",\"text\":\"" + hlc
                        + "\",\"visit_id\":\"" + hlc + "\"}";
                for (int i = 0; i < notes; i++) {
                    ps.setString(1, Tracker.newId());
                    ps.setString(2, hlc);
                    ps.setString(3, hlc);
                    ps.setString(4, "Office");
                    ps.setString(5, device);
                    ps.setString(6, stamps);
                    ps.setString(7, v.id());
                    ps.setString(8, "observation");
                    ps.setString(9, "Archived note " + i + " about intercultural policy, schools and neighbourhoods.");
                    ps.setString(10, "[]");
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
