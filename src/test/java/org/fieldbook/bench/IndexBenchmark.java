package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.workbook.AnswerTemplateWriter;
import org.fieldbook.index.workbook.WorkbookLayout;
import org.fieldbook.store.Tracker;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INDEX figures: scoring 600 visits with full answers, and importing a full answers workbook. */
@Tag("bench")
class IndexBenchmark {
    @TempDir
    Path dir;

    @Test
    void scoreSixHundredVisits() {
        try (Services s = TestWorkspace.open(dir)) {
            QuestionnaireDefinition d = DefinitionReader.sample();
            Tracker tracker = s.store().tracker();
            List<String> visitIds = new ArrayList<>();
            s.store().db().write(c -> {
                for (int i = 0; i < 600; i++) {
                    String city = Tracker.newId();
                    tracker.insert(c, "city", city, Map.of("name", "Bench city " + i, "country", "Benchland"));
                    String visit = Tracker.newId();
                    Map<String, Object> vf = new LinkedHashMap<>();
                    vf.put("city_id", city);
                    vf.put("start_date", "2026-03-01");
                    vf.put("end_date", "2026-03-02");
                    tracker.insert(c, "visit", visit, vf);
                    s.index().answers().setQuestionnaire(c, visit, d.id(), "bench");
                    int k = i;
                    for (QuestionDefinition q : d.questions()) {
                        AnswerValue v = IndexDemoValues.value(q, k++);
                        s.index().answers().save(c, visit, d.id(), new CityAnswer(q.id(), v, "evidence " + k));
                    }
                    visitIds.add(visit);
                }
                return null;
            });
            Map<String, IndexScore> warm = s.index().scores().scoreAll(); // warm up
            assertEquals(600, warm.size());
            long t0 = System.nanoTime();
            Map<String, IndexScore> all = s.index().scores().scoreAll();
            double sum = 0;
            for (IndexScore score : all.values()) {
                sum += score.overallSelf();
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(600, all.size());
            assertTrue(sum > 0);
            assertEquals(all.get(visitIds.get(7)), s.index().scores().score(visitIds.get(7)), "batch and single scoring agree");
            BenchResults.record("index_score_600_visits_ms", ms, 1000, true);
        }
    }

    @Test
    void importAFullWorkbook() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            QuestionnaireDefinition d = DefinitionReader.sample();
            Visit visit = TestWorkspace.visit(s, "Bench import");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnswerTemplateWriter(d, "en").write(out);
            byte[] filled = fill(out.toByteArray(), d);
            assertEquals(d.questions().size(), s.index().importer().importBytes(visit.id(), filled, "warmup.xlsx").answered());
            double[] runs = new double[5];
            for (int i = 0; i < runs.length; i++) {
                long t0 = System.nanoTime();
                s.index().importer().importBytes(visit.id(), filled, "city.xlsx");
                runs[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(runs);
            assertEquals(d.questions().size(), s.index().answers().answers(visit.id(), d).values().stream().filter(CityAnswer::answered).count());
            BenchResults.record("answers_import_ms", runs[runs.length / 2], 1000, true);
        }
    }

    /** Every question answered, choices by label as a city would. */
    private static byte[] fill(byte[] template, QuestionnaireDefinition d) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Sheet sh : wb) {
                if (sh.getSheetName().startsWith("_")) {
                    continue;
                }
                for (Row r : sh) {
                    Cell key = r.getCell(WorkbookLayout.COL_KEY);
                    if (key != null && r.getRowNum() >= WorkbookLayout.FIRST_ROW) {
                        rows.put(key.getStringCellValue(), r);
                    }
                }
            }
            int i = 0;
            for (QuestionDefinition q : d.questions()) {
                Row r = rows.get(q.id());
                r.getCell(WorkbookLayout.COL_EVIDENCE).setCellValue("Reference " + i);
                switch (q.type()) {
                    case YES_NO, SINGLE_CHOICE -> r.getCell(WorkbookLayout.COL_ANSWER).setCellValue(q.options().get(i % q.options().size()).label("en"));
                    case MULTIPLE_CHOICE -> {
                        for (OptionDefinition o : q.options()) {
                            rows.get(q.id() + "|" + o.id()).getCell(WorkbookLayout.COL_ANSWER).setCellValue("Yes");
                        }
                    }
                    case NUMBER, PERCENTAGE -> r.getCell(WorkbookLayout.COL_ANSWER).setCellValue(20 + i);
                    default -> r.getCell(WorkbookLayout.COL_ANSWER).setCellValue("An example " + i);
                }
                i++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Answer values for generated visits (the demo's pattern, varied by visit). */
    static final class IndexDemoValues {
        static AnswerValue value(QuestionDefinition q, int i) {
            return IndexDemo.cityValue(q, i);
        }
    }
}
