package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.GroupStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The office comparison screen: filters, the sortable table with ranks, the chart, and both exports. */
class ComparisonViewTest extends ApplicationTest {
    private Path dir;
    private Services services;
    private ComparisonView view;

    @Override
    public void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("fieldbook-cmp");
        services = TestWorkspace.open(dir.resolve("ws"));
        QuestionnaireDefinition d = DefinitionReader.sample();
        StringBuilder sb = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
        d.areas().forEach(a -> sb.append(',').append(a.id()));
        sb.append('\n');
        // Rates by hand: Alpha 90, Beta 70, Gamma 70 (a tie), Delta 40 (and an older Delta result, 100, that must not count).
        Object[][] rows = {{"Alpha", 500_000, 20, 90, "2021"}, {"Beta", 300_000, 10, 70, "2020"}, {"Gamma", 100_000, 25, 70, "2022"},
                {"Delta", 50_000, 5, 40, "2019"}, {"Delta", 50_000, 5, 100, "2015"}};
        for (Object[] r : rows) {
            sb.append(r[0]).append(",FR,").append(d.id()).append(',').append(r[4]).append(',').append(r[1]).append(',').append(r[2]);
            for (AreaDefinition a : d.areas()) {
                sb.append(',').append(a.optional() ? "" : String.valueOf(a.id().equals("commitment") ? 100 - (int) r[3] : r[3]));
            }
            sb.append('\n');
        }
        Path csv = dir.resolve("past.csv");
        Files.writeString(csv, sb.toString());
        services.index().results().importFile(csv);
        view = new ComparisonView(services.index().results(), id -> services.index().questionnaires().find(id).orElse(null), "en");
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void filtersTableChartAndExports() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DefinitionReader.sample().id(), view.edition.getValue(), "the only edition held is chosen");
        assertEquals("all", view.group.getValue().key());
        assertEquals(ComparisonModel.OVERALL, view.area.getValue());
        List<ComparisonModel.Row> rows = view.table.getItems();
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), rows.stream().map(ComparisonModel.Row::city).toList(),
                "highest first; Delta counts once, with its latest result");
        assertEquals(List.of(1, 2, 2, 4), rows.stream().map(ComparisonModel.Row::rank).toList(), "ties share a rank");
        assertEquals((2 * 10 + 15 * 90) / 17.0, rows.get(0).rate(), 1e-9, "weights: commitment 2, thirteen others 15 in all");
        assertEquals(4, view.chart.getData().get(0).getData().size());
        assertEquals("Alpha", view.chart.getData().get(0).getData().get(0).getXValue());

        interact(() -> view.area.setValue("commitment"));
        assertEquals(List.of("Delta", "Beta", "Gamma", "Alpha"), view.table.getItems().stream().map(ComparisonModel.Row::city).toList(),
                "commitment is 100 minus the others: the order turns round");
        assertEquals(60.0, view.table.getItems().get(0).rate(), 1e-9);

        GroupStats big = view.group.getItems().stream().filter(g -> g.key().equals("population_over_200000")).findFirst().orElseThrow();
        interact(() -> view.group.setValue(big));
        assertEquals(List.of("Beta", "Alpha"), view.table.getItems().stream().map(ComparisonModel.Row::city).toList());
        assertEquals(List.of(1, 2), view.table.getItems().stream().map(ComparisonModel.Row::rank).toList());
        assertTrue(view.group.getConverter().toString(big).contains("(2 cities)"));
        assertTrue(view.group.getItems().stream().noneMatch(g -> g.cityIds().isEmpty()), "empty groups are not offered");

        Path xlsx = dir.resolve("table.xlsx");
        Path png = dir.resolve("chart.png");
        interact(() -> {
            try {
                view.exportTable(xlsx);
                view.exportChart(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Rank", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Beta", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            assertEquals(3, wb.getSheetAt(0).getPhysicalNumberOfRows());
        }
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "a PNG image");

        assertFalse(view.edition.getAccessibleText().isBlank());
        assertFalse(view.table.getAccessibleText().isBlank());
        assertFalse(view.chart.getAccessibleText().isBlank());
    }
}
