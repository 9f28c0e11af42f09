package org.fieldbook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.Sql;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person who did not agree to be named appears by name in no output, even where an expert typed their name into
 * free text: the profile report (Word, both languages), the INDEX analysis report and its good-practice pointers (both
 * languages), the verification workbook, the redacted bundle and the comparison printed for the office. The names are
 * those of the workspace's own non-consenting people (read from the store, not a list in the test), typed into a
 * good-practice note, a profile section, a recommendation, a meeting title and a verification rationale.
 */
class ConsentEverywhereTest {
    @TempDir
    Path dir;

    private record Person(String name, String email, String phone) {
    }

    @Test
    void noNonConsentingPersonIsNamedInAnyOutput() throws Exception {
        Path ws = dir.resolve("office");
        String demo;
        String demoville;
        List<Person> withheld = new ArrayList<>();
        try (Services s = TestWorkspace.open(ws)) {
            demo = s.demo().generate();
            withheld.addAll(s.store().db().read(c -> Sql.list(c, "SELECT person, email, phone FROM stakeholder WHERE named_consent=0"
                    + " AND person<>''", rs -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)))));
            QuestionnaireDefinition d = DefinitionReader.sample();
            List<String> areas = d.areas().stream().filter(a -> !a.optional()).map(AreaDefinition::id).toList();
            // an expert types the people's names into free texts of the demo visit
            String section = s.store().db().read(c -> Sql.one(c, "SELECT id FROM profile_section WHERE visit_id=? AND kind='area'"
                    + " AND body<>'' ORDER BY ord LIMIT 1", rs -> rs.getString(1), demo)).orElseThrow();
            String meeting = s.store().db().read(c -> Sql.one(c, "SELECT id FROM meeting WHERE visit_id=? LIMIT 1",
                    rs -> rs.getString(1), demo)).orElseThrow();
            String recommendation = s.store().db().read(c -> Sql.one(c, "SELECT id FROM profile_recommendation WHERE visit_id=? LIMIT 1",
                    rs -> rs.getString(1), demo)).orElseThrow();
            StringBuilder paragraph = new StringBuilder("\n\nAs the people we met told us: ");
            for (Person p : withheld) {
                String text = p.name() + " started the mentoring pairs and trains volunteers"
                        + (p.email().isEmpty() ? "" : " (write to " + p.email() + ")") + (p.phone().isEmpty() ? "" : ", tel. " + p.phone()) + ".";
                s.notes().save(new Note(null, demo, null, NoteKind.GOOD_PRACTICE, text, null, "", areas));
                paragraph.append(text).append(' ');
            }
            s.store().db().write(c -> {
                String body = Sql.one(c, "SELECT body FROM profile_section WHERE id=?", rs -> rs.getString(1), section).orElseThrow();
                s.store().tracker().update(c, "profile_section", section, Map.of("body", body + paragraph));
                s.store().tracker().update(c, "meeting", meeting, Map.of("title", "Coffee with " + withheld.get(0).name()));
                return s.store().tracker().update(c, "profile_recommendation", recommendation,
                        Map.of("text", "Fund the mentoring pairs that " + withheld.get(1).name() + " started."));
            });
            // the office: a visit to Demoville compared with past results, the demo city leading in every area
            Visit v = TestWorkspace.visit(s, "Demoville");
            demoville = v.id();
            City city = s.cities().find(v.cityId()).orElseThrow();
            s.cities().update(new City(city.id(), city.name(), city.country(), 250_000L, 12.0, null, null, "", ""));
            IndexDemo.populate(s.index(), s.notes(), demoville);
            String q = d.questionsInOrder().get(0).id();
            s.index().verifications().save(demoville, d.id(), new Verification(q, VerificationStatus.COULD_NOT_VERIFY, null,
                    "Asked " + withheld.get(2).name() + ", who could not confirm it.", List.of()));
            StringBuilder csv = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
            areas.forEach(a -> csv.append(',').append(a));
            csv.append('\n');
            for (String[] r : new String[][] {{"Above", "60"}, {"Below", "20"}, {"Vellmar-sur-Lys", "99"}}) {
                csv.append(r[0]).append(",Testland,").append(d.id()).append(",2024,300000,10");
                areas.forEach(a -> csv.append(',').append(r[1]));
                csv.append('\n');
            }
            Path past = dir.resolve("past.csv");
            Files.writeString(past, csv.toString());
            s.index().results().importFile(past);
            String demoCity = s.visits().find(demo).orElseThrow().cityId();
            Map<String, Double> rates = new LinkedHashMap<>();
            areas.forEach(a -> rates.put(a, 99.0));
            s.store().db().write(c -> org.fieldbook.index.results.IndexResultRepository.upsert(c, s.store().tracker(),
                    new org.fieldbook.index.results.IndexResult(org.fieldbook.index.results.ResultIds.ofVisit(demo), demoCity,
                            "Vellmar-sur-Lys", "Testland", 300_000L, 10.0, d.id(), "2025", demo, "visit", rates, rates, 99.0, 99.0,
                            99.0, 99.0)));
            // the pointers to good practice, as the office's report writes them while the demo city leads every area
            // (the command below recomputes the results from the visits first)
            for (String lang : new String[] {"en", "fr"}) {
                Path pointers = dir.resolve("pointers-" + lang + ".docx");
                org.fieldbook.profile.report.IndexReportWriter.export(s.index().assessments().reportData(demoville, lang), pointers, lang);
                pointers(lang, word(pointers));
            }
        }
        assertTrue(withheld.size() >= 5, "the demo has people who did not agree to be named: " + withheld);

        Map<String, String> outputs = this.outputs;
        for (String lang : new String[] {"en", "fr"}) {
            Path report = dir.resolve("profile-" + lang + ".docx");
            run("--lang", lang, "report", "--visit", demo, "--out", report.toString());
            outputs.put("profile report (" + lang + ")", word(report));
            Path index = dir.resolve("index-" + lang + ".docx");
            run("--lang", lang, "index", "report", "--visit", demoville, "--out", index.toString());
            outputs.put("INDEX analysis report (" + lang + ")", word(index));
            Path workbook = dir.resolve("verification-" + lang + ".xlsx");
            run("--lang", lang, "index", "export", "--visit", demoville, "--out", workbook.toString());
            outputs.put("verification workbook (" + lang + ")", zipText(workbook));
        }
        Path redacted = dir.resolve("redacted.fbz");
        run("export", "--visit", demo, "--redact", "--plain", "--out", redacted.toString());
        outputs.put("redacted bundle", zipText(redacted));
        outputs.put("comparison for the office", run("index", "compare", "--visit", demoville));

        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> o : outputs.entrySet()) {
            assertTrue(o.getValue().length() > 200, o.getKey() + " is a whole output");
            for (Person p : withheld) {
                for (String trace : new String[] {p.name(), p.email(), p.phone()}) {
                    if (!trace.isBlank() && o.getValue().contains(trace)) {
                        leaks.add("'" + trace + "' in the " + o.getKey());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(outputs.get("profile report (en)").contains(Consent.mark("en")), "the typed names were in the report, withheld");
        assertTrue(outputs.get("profile report (fr)").contains(Consent.mark("fr")));
        assertTrue(outputs.get("good-practice pointers (en)").contains(Consent.mark("en") + " started the mentoring pairs"),
                "the good-practice pointers quote the note, without the name");
        assertTrue(outputs.get("good-practice pointers (fr)").contains(Consent.mark("fr")));
        assertTrue(outputs.get("verification workbook (en)").contains("Asked " + Consent.mark("en")));
    }

    private final Map<String, String> outputs = new LinkedHashMap<>();

    private void pointers(String lang, String text) {
        outputs.put("good-practice pointers (" + lang + ")", text);
    }

    private String run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("office").toString()));
        all.addAll(List.of(args));
        int code = FieldbookCommand.run(all.toArray(String[]::new), new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    private static String word(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText() + "\n" + zipText(docx);
        }
    }

    /** Every entry of a ZIP file (Word, Excel, bundle) as UTF-8 text. */
    private static String zipText(Path zip) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }
}
