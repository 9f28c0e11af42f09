package org.fieldbook.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;

/** The INDEX comparison fixture: Demoville visited with the demo's answers, and other cities' past results as a CSV file. */
public final class PastResults {
    private PastResults() {
    }

    /** A visit to Demoville (250,000 inhabitants, 12% foreign-born) holding the demo's answers and verifications. */
    public static Visit demoville(Services s) {
        Visit v = TestWorkspace.visit(s, "Demoville");
        City c = s.cities().find(v.cityId()).orElseThrow();
        s.cities().update(new City(c.id(), c.name(), c.country(), 250_000L, 12.0, null, null, "", ""));
        IndexDemo.populate(s.index(), s.notes(), v.id());
        return v;
    }

    /**
     * Writes a results file of the sample questionnaire to {@code file}: one line a row {city, population, foreign-born %,
     * the value of every area that is not optional, date}, all in Testland (a negative value is written as 0).
     */
    public static Path csv(Path file, Object[][] rows) throws IOException {
        QuestionnaireDefinition d = DefinitionReader.sample();
        StringBuilder sb = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
        for (AreaDefinition a : d.areas()) {
            sb.append(',').append(a.id());
        }
        sb.append('\n');
        for (Object[] r : rows) {
            sb.append(r[0]).append(",Testland,").append(d.id()).append(',').append(r[4]).append(',').append(r[1]).append(',').append(r[2]);
            for (AreaDefinition a : d.areas()) {
                sb.append(',').append(a.optional() ? "" : String.valueOf(Math.max(0, ((Number) r[3]).doubleValue())));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb.toString());
        return file;
    }
}
