package org.fieldbook.index.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing past results: good files (CSV, XLSX, re-import), every kind of bad row, and the round trip through export. */
class ResultImportTest {
    static final double EPS = 1e-9;
    static final String HEADER = "city,country,questionnaire,date,population,foreign_born_pct,commitment,education,"
            + "neighbourhoods,participation,commitment_self,schools,districts,governance";

    @TempDir
    Path dir;

    static QuestionnaireDefinition definition(String name) {
        try (InputStream in = ResultImportTest.class.getResourceAsStream(name)) {
            return DefinitionReader.parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Services workspace(Path dir) {
        Services s = TestWorkspace.open(dir);
        s.index().questionnaires().load(definition("res-new.json"));
        s.index().questionnaires().load(definition("res-old.json"));
        return s;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static final String GOOD = HEADER + "\n"
            + "Alpha,FR,res-new-1,2021,500000,20,50,60,80,,70,,,\n"
            + "\"Beta, upon Sea\",FR,res-new-1,2020-06,300000,10,40,40,40,90,,,,\n"
            + "Alpha,FR,res-old-1,2015,480000,18,30,,,,,20,40,50\n";

    static IndexResult find(List<IndexResult> rs, String city, String q) {
        return rs.stream().filter(r -> r.cityName().equals(city) && r.questionnaireId().equals(q)).findFirst().orElseThrow();
    }

    @Test
    void importsPastResultsComputingOverallAndLens() throws Exception {
        try (Services s = workspace(dir.resolve("ws"))) {
            int citiesBefore = s.cities().list().size();
            IndexResultService.ImportSummary sum = s.index().results().importFile(write(dir, "past.csv", GOOD));
            assertEquals(new IndexResultService.ImportSummary(3, 2, 2), sum);
            List<IndexResult> rs = s.index().results().list();
            assertEquals(3, rs.size());
            IndexResult alpha = find(rs, "Alpha", "res-new-1");
            assertEquals(400 / 6.0, alpha.overallVerified(), EPS, "(2×50 + 1×60 + 3×80) / 6");
            assertEquals(75, alpha.lensVerified(), EPS, "lens: (1×60 + 3×80) / 4");
            assertEquals(70, alpha.overallSelf(), EPS, "only commitment was given self-assessed");
            assertNull(alpha.lensSelf());
            assertEquals(500_000L, alpha.population());
            assertEquals("2021", alpha.date());
            IndexResult beta = find(rs, "Beta, upon Sea", "res-new-1");
            assertEquals(330 / 7.0, beta.overallVerified(), EPS, "the optional area answered counts with weight 1");
            assertEquals(Set.of("commitment", "education", "neighbourhoods", "participation"), beta.verifiedRates().keySet());
            IndexResult old = find(rs, "Alpha", "res-old-1");
            assertEquals(35, old.overallVerified(), EPS);
            assertEquals(30, old.lensVerified(), EPS);
            assertEquals(alpha.cityId(), old.cityId(), "one city, matched by name and country");
            assertEquals(citiesBefore + 2, s.cities().list().size());
            assertEquals("import:past.csv", alpha.source());

            IndexResultService.ImportSummary again = s.index().results().importFile(write(dir, "past.csv", GOOD.replace("50,60,80", "55,60,80")));
            assertEquals(0, again.newCities());
            List<IndexResult> after = s.index().results().list();
            assertEquals(3, after.size(), "re-importing the same results updates them, it does not duplicate");
            assertEquals(55, find(after, "Alpha", "res-new-1").rate("commitment", true), EPS);
        }
    }

    @Test
    void everyKindOfBadRowIsReportedAndNothingIsImported() throws Exception {
        String bad = HEADER + "\n"
                + ",FR,res-new-1,2021,1,1,50,50,50,,,,,\n"                          // row 2: no city
                + "Gamma,,res-new-1,2021,1,1,50,50,50,,,,,\n"                       // row 3: no country
                + "Gamma,FR,nope,2021,1,1,50,50,50,,,,,\n"                          // row 4: unknown questionnaire
                + "Gamma,FR,res-new-1,21/03/2019,1,1,50,50,50,,,,,\n"               // row 5: bad date
                + "Gamma,FR,res-new-1,2021,1,1,abc,50,50,,,,,\n"                    // row 6: not a number
                + "Gamma,FR,res-new-1,2021,1,1,50,120,50,,,,,\n"                    // row 7: above 100
                + "Gamma,FR,res-new-1,2021,1,1,50,50,,,,,,\n"                       // row 8: required area blank
                + "Gamma,FR,res-new-1,2021,-5,1,50,50,50,,,,,\n"                    // row 9: negative population
                + "Gamma,FR,res-new-1,2021,1,150,50,50,50,,,,,\n"                   // row 10: share above 100
                + "Delta,FR,res-new-1,2021,1,1,50,50,50,,,,,\n"                     // row 11: fine
                + "Delta,FR,res-new-1,2021,1,1,60,50,50,,,,,\n"                     // row 12: same as row 11
                + "Epsilon,FR,res-new-1,2021,1,1,50,50,50,,,20,,\n"                 // row 13: area of another edition
                + "Zeta,FR,res-new-1,2021-02-30,1,1,50,50,50,,,,,\n";               // row 14: no such day
        try (Services s = workspace(dir.resolve("ws"))) {
            int cities = s.cities().list().size();
            ResultImportException e = assertThrows(ResultImportException.class,
                    () -> s.index().results().importFile(write(dir, "bad.csv", bad)));
            Set<String> where = e.problems().stream().map(p -> p.row() + ":" + p.column()).collect(Collectors.toSet());
            assertEquals(Set.of("2:city", "3:country", "4:questionnaire", "5:date", "6:commitment", "7:education",
                    "8:neighbourhoods", "9:population", "10:foreign_born_pct", "12:date", "13:schools", "14:date"), where,
                    e.getMessage());
            assertTrue(e.getMessage().startsWith("bad.csv: nothing imported; 12 problems: row 2, column city:"), e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.row() == 12 && p.message().contains("as row 11")));
            assertEquals(0, s.index().results().list().size(), "the good row 11 was not imported either");
            assertEquals(cities, s.cities().list().size(), "no city was created");
        }
    }

    @Test
    void cityIdsLimitsAndStrayValuesAreCheckedRowByRow() throws Exception {
        String alphaId = "11111111-2222-4333-8444-555555555555";
        String newId = "99999999-2222-4333-8444-555555555555";
        String h = "city,country,city_id,questionnaire,date,population,lens,commitment,education,neighbourhoods\n";
        String bad = h
                + "Gamma,FR,not-a-uuid,res-new-1,2021,1,,50,50,50\n"                       // row 2: city_id not an id
                + "Gamma,FR,11111111-2222-4333-8444-55555555555A,res-new-1,2021,1,,50,50,50\n" // row 3: upper-case hex
                + "Beta,FR," + alphaId + ",res-new-1,2021,1,,50,50,50\n"                 // row 4: id of another city
                + "Alpha,DE," + alphaId + ",res-new-1,2021,1,,50,50,50\n"                // row 5: same id, other country
                + "Alpha,FR," + newId + ",res-new-1,2021,1,,50,50,50\n"                  // row 6: Alpha is held under another id
                + "Gamma,FR,,res-new-1,2021,200000001,,50,50,50\n"                       // row 7: more people than the schema allows
                + "G".repeat(301) + ",FR,,res-new-1,2021,1,,50,50,50\n"                  // row 8: name too long
                + "Gamma," + "F".repeat(201) + ",,res-new-1,2021,1,,50,50,50\n"          // row 9: country too long
                + "Gamma,FR,,res-new-1,2021,1,,50f,50,50\n"                              // row 10: Java would read 50f as 50
                + "Gamma,FR,,res-new-1,2021,1,,Infinity,50,50\n"                         // row 11: not a rate
                + "Gamma,FR,,res-new-1,2021,1,abc,50,50,50\n"                            // row 12: lens not a number
                + "Gamma, upon Sea,FR,,res-new-1,2021,1,,50,50,50\n"                     // row 13: unquoted comma shifts the row
                + "Gamma,FR,,res-new-1,0999,1,,50,50,50\n"                               // row 14: year 999
                + "Delta,FR," + newId + ",res-new-1,2021,1,,50,50,50\n"                  // row 15: fine (a new city with its id)
                + "Epsilon,FR," + newId + ",res-new-1,2020,1,,50,50,50\n"                // row 16: row 15's id, another name
                + "Delta,FR,,res-new-1,2019,1,,50,50,50\n";                              // row 17: fine (Delta, by name)
        try (Services s = workspace(dir.resolve("ws"))) {
            s.cities().create(new org.fieldbook.visit.City(alphaId, "Alpha", "FR", null, null, null, null, "", ""));
            int cities = s.cities().list().size();
            ResultImportException e = assertThrows(ResultImportException.class,
                    () -> s.index().results().importFile(write(dir, "bad.csv", bad)));
            Set<String> where = e.problems().stream().map(p -> p.row() + ":" + p.column()).collect(Collectors.toSet());
            assertEquals(Set.of("2:city_id", "3:city_id", "4:city_id", "5:city_id", "6:city_id", "7:population", "8:city",
                    "9:country", "10:commitment", "11:commitment", "12:lens", "13:column 11", "13:city_id", "13:questionnaire", "13:date", "14:date", "16:city_id"), where,
                    e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.row() == 2 && p.message().contains("not a city id")), e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.row() == 6 && p.message().contains(alphaId)), e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.row() == 13 && p.message().contains("unquoted")), e.getMessage());
            assertEquals(0, s.index().results().list().size(), "nothing imported");
            assertEquals(cities, s.cities().list().size(), "no city was created");

            // The good rows alone import, and rows 15 and 17 are one city: the id given once, the name matched after.
            String good = h + "Delta,FR," + newId + ",res-new-1,2021,1,,50,50,50\n" + "Delta,FR,,res-new-1,2019,1,,50,50,50\n"
                    + "Alpha,fr," + alphaId + ",res-new-1,2021,100000000,,50,50,50\n";
            assertEquals(new IndexResultService.ImportSummary(3, 1, 1), s.index().results().importFile(write(dir, "good.csv", good)));
            assertEquals(Set.of(newId, alphaId), s.index().results().list().stream().map(IndexResult::cityId).collect(Collectors.toSet()));
        }
    }

    @Test
    void headerProblemsAndUnreadableFiles() throws Exception {
        try (Services s = workspace(dir.resolve("ws"))) {
            ResultImportException typo = assertThrows(ResultImportException.class, () -> s.index().results().importFile(
                    write(dir, "t.csv", "city,country,questionnaire,comitment\nA,FR,res-new-1,50\n")));
            Set<String> where = typo.problems().stream().map(p -> p.row() + ":" + p.column()).collect(Collectors.toSet());
            assertEquals(Set.of("1:comitment", "1:date"), where, typo.getMessage());
            ResultImportException empty = assertThrows(ResultImportException.class,
                    () -> s.index().results().importFile(write(dir, "e.csv", "")));
            assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
            ResultImportException junk = assertThrows(ResultImportException.class,
                    () -> s.index().results().importFile(write(dir, "j.xlsx", "not a workbook")));
            assertTrue(junk.getMessage().contains("not a readable .xlsx"), junk.getMessage());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> s.index().results().importFile(dir.resolve("nope.csv")));
            assertTrue(missing.getMessage().contains("no such file"));
        }
    }

    @Test
    void semicolonCsvWithDecimalCommas() throws Exception {
        try (Services s = workspace(dir.resolve("ws"))) {
            s.index().results().importFile(write(dir, "fr.csv",
                    "city;country;questionnaire;date;commitment;education;neighbourhoods\nLyon;FR;res-new-1;2019-03-20;50,5;60;70 %\n"));
            IndexResult r = s.index().results().list().get(0);
            assertEquals(50.5, r.rate("commitment", true), EPS);
            assertEquals(70, r.rate("neighbourhoods", true), EPS);
            assertEquals("2019-03-20", r.date());
        }
    }

    @Test
    void importsAWorkbookWithDateCells() throws Exception {
        Path xlsx = dir.resolve("past.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            XSSFSheet sh = wb.createSheet("results");
            String[] h = {"City", "Country", "Questionnaire", "Date", "Population", "commitment", "education", "neighbourhoods"};
            Row hr = sh.createRow(0);
            for (int i = 0; i < h.length; i++) {
                hr.createCell(i).setCellValue(h[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("Oslo");
            r.createCell(1).setCellValue("NO");
            r.createCell(2).setCellValue("res-new-1");
            r.createCell(3).setCellValue(LocalDate.of(2018, 11, 5));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(700000);
            r.createCell(5).setCellValue(62.5);
            r.createCell(6).setCellValue(40);
            r.createCell(7).setCellValue(80);
            Row bad = sh.createRow(3);
            bad.createCell(0).setCellValue("Bergen");
            bad.createCell(1).setCellValue("NO");
            bad.createCell(2).setCellValue("res-new-1");
            bad.createCell(3).setCellValue("2018");
            bad.createCell(5).setCellValue(101);
            bad.createCell(6).setCellValue(1);
            bad.createCell(7).setCellValue(1);
            wb.write(os);
        }
        try (Services s = workspace(dir.resolve("ws"))) {
            ResultImportException e = assertThrows(ResultImportException.class, () -> s.index().results().importFile(xlsx));
            assertEquals(1, e.problems().size());
            assertEquals(4, e.problems().get(0).row(), "spreadsheet row numbers, blank rows counted");
            assertEquals("commitment", e.problems().get(0).column());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx)); OutputStream os = Files.newOutputStream(dir.resolve("ok.xlsx"))) {
                wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(3));
                wb.write(os);
            }
            s.index().results().importFile(dir.resolve("ok.xlsx"));
            IndexResult r = s.index().results().list().get(0);
            assertEquals("2018-11-05", r.date());
            assertEquals(700_000L, r.population());
            assertEquals(62.5, r.rate("commitment", true), EPS);
        }
    }

    @Test
    void exportReadsBackIntoAnotherWorkspace() throws Exception {
        Path csv = dir.resolve("out.csv");
        Path xlsx = dir.resolve("out.xlsx");
        List<IndexResult> first;
        try (Services s = workspace(dir.resolve("a"))) {
            s.index().results().importFile(write(dir, "past.csv", GOOD));
            assertEquals(3, s.index().results().export(csv));
            assertEquals(3, s.index().results().export(xlsx));
            first = s.index().results().list();
        }
        for (Path file : List.of(csv, xlsx)) {
            try (Services s = workspace(dir.resolve("b-" + file.getFileName()))) {
                s.index().results().importFile(file);
                List<IndexResult> back = s.index().results().list();
                assertEquals(first.size(), back.size());
                for (IndexResult r : first) {
                    IndexResult b = back.stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow(
                            () -> new AssertionError("same ids: the city keeps its id, so the result does too"));
                    assertEquals(r.verifiedRates(), b.verifiedRates(), file.toString());
                    assertEquals(r.overallVerified(), b.overallVerified(), 1e-3);
                    assertEquals(r.cityId(), b.cityId());
                    assertEquals(r.population(), b.population());
                }
            }
        }
    }
}
