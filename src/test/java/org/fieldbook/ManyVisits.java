package org.fieldbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.store.Role;
import org.fieldbook.store.Tracker;
import org.fieldbook.visit.VisitStatus;

/** Many visits written at once through the tracker (as the repositories write them), for the sidebar finder's tests. */
public final class ManyVisits {
    private ManyVisits() {
    }

    /**
     * {@code n} visits in one transaction: three to Genève (Suisse: 2024 done, 2025 done, 2026 planned), two to Gdańsk
     * (Polska), the rest to 200 towns "Town 000"… in five countries, 2020–2026, statuses in turn.
     */
    public static void seed(Services s, int n) {
        s.store().setIdentity("Test Expert", Role.EXPERT);
        Tracker t = s.store().tracker();
        s.store().db().write(c -> {
            List<String> towns = new ArrayList<>();
            String[] countries = {"Testland", "Exampleland", "Norge", "Polska", "Suisse"};
            for (int i = 0; i < 200; i++) {
                towns.add(city(c, t, String.format("Town %03d", i), countries[i % countries.length]));
            }
            String geneve = city(c, t, "Genève", "Suisse");
            String gdansk = city(c, t, "Gdańsk", "Polska");
            visit(c, t, geneve, LocalDate.of(2024, 4, 2), VisitStatus.DONE);
            visit(c, t, geneve, LocalDate.of(2025, 5, 6), VisitStatus.DONE);
            visit(c, t, geneve, LocalDate.of(2026, 9, 1), VisitStatus.PLANNED);
            visit(c, t, gdansk, LocalDate.of(2025, 3, 3), VisitStatus.UNDER_WAY);
            visit(c, t, gdansk, LocalDate.of(2023, 3, 3), VisitStatus.DONE);
            for (int i = 5; i < n; i++) {
                visit(c, t, towns.get(i % towns.size()), LocalDate.of(2020 + i % 7, 1 + i % 12, 1 + i % 28),
                        VisitStatus.values()[i % 3]);
            }
            return null;
        });
    }

    private static String city(java.sql.Connection c, Tracker t, String name, String country) throws java.sql.SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("country", country);
        f.put("population", null);
        f.put("foreign_born_pct", null);
        f.put("foreign_residents_pct", null);
        f.put("minorities_pct", null);
        f.put("languages", "");
        f.put("context", "");
        return t.insert(c, "city", Tracker.newId(), f);
    }

    private static void visit(java.sql.Connection c, Tracker t, String cityId, LocalDate start, VisitStatus status)
            throws java.sql.SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("city_id", cityId);
        f.put("start_date", start.toString());
        f.put("end_date", start.plusDays(2).toString());
        f.put("mode", "in_person");
        f.put("status", status.id());
        f.put("team", "[]");
        t.insert(c, "visit", Tracker.newId(), f);
    }
}
