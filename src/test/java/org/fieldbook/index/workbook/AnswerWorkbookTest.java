package org.fieldbook.index.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.AnswerImporter;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.answer.AnswerImportException;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template → filled by code → import → the same answers; and every kind of bad workbook imports nothing. */
class AnswerWorkbookTest {
    @TempDir
    Path dir;

    private final QuestionnaireDefinition tiny = TestDefinitions.tiny();
    private byte[] template;

    @BeforeEach
    void writeTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnswerTemplateWriter(tiny, "en").write(out);
        template = out.toByteArray();
    }

    /** Fills the template like a city would, by label, in French where the workbook is English. */
    private byte[] filled(Consumer<XSSFWorkbook> extra) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            set(wb, "a1", "Yes", "Council resolution 12/2021");
            set(wb, "a2", "Partly", "");
            set(wb, "a3", 35.5, "Census 2021");
            set(wb, "a4", 120.0, "");
            set(wb, "b1|x", "Yes", null);
            set(wb, "b1|y", "No", null);
            set(wb, "b1|z", "Oui", null);
            set(wb, "b2", "Welcome ceremony at city hall, every March", "www.example.org/welcome");
            set(wb, "o1", "No", "");
            extra.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row row(XSSFWorkbook wb, String key) {
        for (Sheet sh : wb) {
            for (Row r : sh) {
                Cell c = r.getCell(WorkbookLayout.COL_KEY);
                if (c != null && key.equals(c.getStringCellValue()) && !sh.getSheetName().startsWith("_")) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + key);
    }

    static void set(XSSFWorkbook wb, String key, Object value, String evidence) {
        Row r = row(wb, key);
        Cell c = r.getCell(WorkbookLayout.COL_ANSWER);
        if (value instanceof Double d) {
            c.setCellValue(d);
        } else {
            c.setCellValue((String) value);
        }
        if (evidence != null) {
            r.getCell(WorkbookLayout.COL_EVIDENCE).setCellValue(evidence);
        }
    }

    @Test
    void templateIsProtectedWithUnlockedAnswersValidationsAndHiddenIds() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            XSSFSheet a = wb.getSheet("01 Area A");
            assertTrue(a.getProtect(), "area sheets are protected");
            Row r = row(wb, "a1");
            assertTrue(r.getCell(WorkbookLayout.COL_QUESTION).getCellStyle().getLocked());
            assertFalse(r.getCell(WorkbookLayout.COL_ANSWER).getCellStyle().getLocked());
            assertFalse(r.getCell(WorkbookLayout.COL_EVIDENCE).getCellStyle().getLocked());
            assertTrue(a.isColumnHidden(WorkbookLayout.COL_KEY));
            assertEquals(4, a.getDataValidations().size(), "a1 list, a2 list, a3 0–100, a4 whole number");
            assertEquals("tiny-1", wb.getSheet(WorkbookLayout.META).getRow(0).getCell(1).getStringCellValue());
            assertTrue(wb.isSheetVeryHidden(wb.getSheetIndex(WorkbookLayout.META)));
            assertEquals("'_fieldbook'!$B$1", wb.getName(WorkbookLayout.NAME_QUESTIONNAIRE).getRefersToFormula());
        }
    }

    @Test
    void roundTripGivesTheSameAnswers() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            s.index().questionnaires().load(tiny);
            Visit v = TestWorkspace.visit(s, "Roundtown");
            AnswerImporter.Result result = s.index().importer().importBytes(v.id(), filled(wb -> { }), "city.xlsx");
            assertEquals(7, result.answered());
            Map<String, CityAnswer> got = s.index().answers().answers(v.id(), tiny);
            assertEquals(AnswerValue.choice("yes"), got.get("a1").value());
            assertEquals("Council resolution 12/2021", got.get("a1").evidence());
            assertEquals(AnswerValue.choice("partly"), got.get("a2").value());
            assertEquals(AnswerValue.number(35.5), got.get("a3").value());
            assertEquals(AnswerValue.number(120), got.get("a4").value());
            assertEquals(AnswerValue.choices(List.of("x", "z")), got.get("b1").value());
            assertEquals(AnswerValue.text("Welcome ceremony at city hall, every March"), got.get("b2").value());
            assertEquals(AnswerValue.choice("no"), got.get("o1").value());
            assertFalse(got.containsKey("o2") && got.get("o2").answered(), "o2 left blank stays unanswered");
            assertEquals("tiny-1", s.index().answers().questionnaireOf(v.id()).orElseThrow());
        }
    }

    @Test
    void frenchTemplateReadsBackToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnswerTemplateWriter(tiny, "fr").write(out);
        byte[] fr;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertTrue(wb.getSheet("01 Domaine A") != null);
            set(wb, "a2", "En partie", "");
            set(wb, "b1|y", "Oui", null);
            ByteArrayOutputStream o2 = new ByteArrayOutputStream();
            wb.write(o2);
            fr = o2.toByteArray();
        }
        try (Services s = TestWorkspace.open(dir)) {
            s.index().questionnaires().load(tiny);
            Visit v = TestWorkspace.visit(s, "Villefranche");
            s.index().importer().importBytes(v.id(), fr, "ville.xlsx");
            Map<String, CityAnswer> got = s.index().answers().answers(v.id(), tiny);
            assertEquals(AnswerValue.choice("partly"), got.get("a2").value());
            assertEquals(AnswerValue.choices(List.of("y")), got.get("b1").value());
        }
    }

    private void assertRefused(byte[] bytes, String... expected) {
        try (Services s = TestWorkspace.open(dir)) {
            s.index().questionnaires().load(tiny);
            Visit v = TestWorkspace.visit(s, "Badtown");
            s.index().importer().importBytes(v.id(), assertDoesNotFailFilled(), "first.xlsx");
            Map<String, CityAnswer> before = s.index().answers().answers(v.id(), tiny);
            AnswerImportException e = assertThrows(AnswerImportException.class,
                    () -> s.index().importer().importBytes(v.id(), bytes, "bad.xlsx"));
            for (String x : expected) {
                assertTrue(e.getMessage().contains(x), "'" + x + "' in: " + e.getMessage());
            }
            assertTrue(e.getMessage().contains("nothing imported"), e.getMessage());
            assertEquals(before, s.index().answers().answers(v.id(), tiny), "stored answers unchanged");
        }
    }

    private byte[] assertDoesNotFailFilled() {
        try {
            return filled(wb -> { });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownOptionIsReportedWithSheetRowAndQuestion() throws Exception {
        assertRefused(filled(wb -> set(wb, "a2", "Sometimes", null)),
                "sheet '01 Area A', row 4, question a2: unknown option 'Sometimes'");
    }

    @Test
    void outOfRangeNumbersAreRefused() throws Exception {
        assertRefused(filled(wb -> {
            set(wb, "a3", 140.0, null);
            set(wb, "a4", 2.5, null);
        }), "question a3: number 140 out of range (from 0 to 100)", "question a4: expected a whole number, got 2.5");
    }

    @Test
    void badTickIsRefused() throws Exception {
        assertRefused(filled(wb -> set(wb, "b1|y", "maybe", null)), "sheet '02 Area B'", "question b1: option 'y': tick with Yes or No");
    }

    @Test
    void missingSheetIsRefused() throws Exception {
        assertRefused(filled(wb -> wb.removeSheetAt(wb.getSheetIndex("02 Area B"))), "sheet '02 Area B': sheet for area 'b' is missing");
    }

    @Test
    void otherQuestionnaireIsRefused() throws Exception {
        assertRefused(filled(wb -> wb.getSheet(WorkbookLayout.META).getRow(0).getCell(1).setCellValue("official-2019")),
                "questionnaire 'official-2019' is not loaded");
    }

    @Test
    void workbookOfAnotherLoadedQuestionnaireIsCheckedAgainstThatOne() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            s.index().questionnaires().load(tiny);
            Visit v = TestWorkspace.visit(s, "Othertown");
            byte[] bytes = filled(wb -> wb.getSheet(WorkbookLayout.META).getRow(0).getCell(1)
                    .setCellValue(s.index().questionnaires().ids().get(0)));
            AnswerImportException e = assertThrows(AnswerImportException.class, () -> s.index().importer().importBytes(v.id(), bytes, "x.xlsx"));
            assertTrue(e.getMessage().contains("is missing"), e.getMessage());
            assertTrue(s.index().answers().questionnaireOf(v.id()).isEmpty());
        }
    }

    @Test
    void damagedAndForeignFilesAreRefused() throws Exception {
        byte[] good = filled(wb -> { });
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertRefused(truncated, "not a readable .xlsx workbook");
        assertRefused("just some text".getBytes(), "not a readable .xlsx workbook");
        byte[] plainXlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            plainXlsx = out.toByteArray();
        }
        assertRefused(plainXlsx, "not a Fieldbook answers workbook");
    }

    @Test
    void jsonImportUsesTheSameChecks() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            s.index().questionnaires().load(tiny);
            Visit v = TestWorkspace.visit(s, "Jsonville");
            String ok = "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\", \"evidence\": \"doc\"},"
                    + " {\"question\": \"b1\", \"value\": [\"x\", \"y\"]}, {\"question\": \"a3\", \"value\": 12}]}";
            s.index().importer().importBytes(v.id(), ok.getBytes(), "a.json");
            assertEquals(AnswerValue.choices(List.of("x", "y")), s.index().answers().answers(v.id(), tiny).get("b1").value());
            String bad = "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"perhaps\"},"
                    + " {\"question\": \"nope\", \"value\": 1}, {\"question\": \"a2\", \"value\": [\"partly\"]}]}";
            AnswerImportException e = assertThrows(AnswerImportException.class, () -> s.index().importer().importBytes(v.id(), bad.getBytes(), "b.json"));
            assertEquals(3, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("answers[1]: unknown question 'nope'"), e.getMessage());
            assertEquals(AnswerValue.choice("yes"), s.index().answers().answers(v.id(), tiny).get("a1").value(), "unchanged");
        }
    }

    @Test
    void sampleTemplateHasOneSheetPerArea() throws Exception {
        Path file = dir.resolve("sample.xlsx");
        new AnswerTemplateWriter(org.fieldbook.index.definition.DefinitionReader.sample(), "fr").write(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1 + 2 + 17, wb.getNumberOfSheets());
        }
        Path noFolder = dir.resolve("missing").resolve("sample.xlsx");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> new AnswerTemplateWriter(tiny, "en").write(noFolder));
        assertTrue(e.getMessage().startsWith("cannot write " + noFolder + ": "), e.getMessage());
    }
}
