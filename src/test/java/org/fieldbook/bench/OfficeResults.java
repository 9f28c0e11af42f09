package org.fieldbook.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.IndexResultRepository;
import org.fieldbook.index.results.Rates;

/** An office's INDEX results for the benchmarks: 200 cities × some editions, random but the same on every run. */
final class OfficeResults {
    static final int CITIES = 200;

    private OfficeResults() {
    }

    /** Writes 200 cities' results for each of {@code editions} (sample questionnaire; optional areas one time in four). */
    static void fill(Services s, List<String> editions) {
        QuestionnaireDefinition d = DefinitionReader.sample();
        Random rnd = new Random(42);
        String[] countries = {"FR", "DE", "IT", "ES", "NO", "PT", "MA", "JP", "CA", "UA"};
        s.store().db().write(c -> {
            for (int city = 0; city < CITIES; city++) {
                long pop = 30_000L + rnd.nextInt(900_000);
                double fb = 5 + rnd.nextInt(300) / 10.0;
                for (int e = 0; e < editions.size(); e++) {
                    Map<String, Double> rates = new LinkedHashMap<>();
                    for (AreaDefinition a : d.areas()) {
                        if (!a.optional() || rnd.nextInt(4) == 0) {
                            rates.put(a.id(), (double) rnd.nextInt(1001) / 10.0);
                        }
                    }
                    IndexResultRepository.upsert(c, s.store().tracker(), new IndexResult(uuid("r-" + city + "-" + e), uuid("city-" + city),
                            "City " + city, countries[city % countries.length], pop, fb, editions.get(e), String.valueOf(2014 + 3 * e),
                            null, "bench", rates, rates, Rates.overall(d, rates), Rates.overall(d, rates), Rates.lens(d, rates),
                            Rates.lens(d, rates)));
                }
            }
            return null;
        });
    }

    /** The fixed id of {@code name} ("city-7" is the seventh city). */
    static String uuid(String name) {
        return java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
