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
    private final org.fieldbook.support.ui.Background background = new org.fieldbook.support.ui.Background();
    private final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
    private String heldVisit;

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
        view = view("en");
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 760));
        stage.show();
    }

    private ComparisonView view(String language) {
        ComparisonView.Reports reports = new ComparisonView.Reports() {
            @Override
            public long write(String visitId, Path out, String lang) throws java.io.IOException {
                written.add(visitId + " " + lang);
                Files.writeString(out, "report of " + visitId);
                return 4096;
            }

            @Override
            public boolean holds(String visitId) {
                return visitId.equals(heldVisit);
            }
        };
        return new ComparisonView(services.index().results(), id -> services.index().questionnaires().find(id).orElse(null), language,
                background, reports, opened::add);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> !view.loading()).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        background.close();
        services.close();
    }

    @Test
    void filtersTableChartAndExports() throws Exception {
        settle();
        assertEquals(DefinitionReader.sample().id(), view.edition.getValue(), "the only edition held is chosen");
        assertEquals("all", view.group.getValue().key());
        assertEquals(ComparisonModel.OVERALL, view.area.getValue());
        List<ComparisonModel.Row> rows = view.table.getItems();
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), rows.stream().map(ComparisonModel.Row::city).toList(),
                "highest first; Delta counts once, with its latest result");
        assertEquals(List.of(1, 2, 2, 4), rows.stream().map(ComparisonModel.Row::rank).toList(), "ties share a rank");
        assertEquals((2 * 10 + 15 * 90) / 17.0, rows.get(0).rate(), 1e-9, "weights: commitment 2, thirteen others 15 in all");
        assertEquals(4, view.chart.getData().get(0).getData().size());
        // the columns fill the table's width: no name is cut beside empty space
        double columns = view.table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertTrue(columns >= view.table.getWidth() - 30, "columns " + columns + " px of a table " + view.table.getWidth());
        assertEquals("Alpha", view.chart.getData().get(0).getData().get(0).getXValue());

        interact(() -> view.area.setValue("commitment"));
        settle();
        assertEquals(List.of("Delta", "Beta", "Gamma", "Alpha"), view.table.getItems().stream().map(ComparisonModel.Row::city).toList(),
                "commitment is 100 minus the others: the order turns round");
        assertEquals(60.0, view.table.getItems().get(0).rate(), 1e-9);

        GroupStats big = view.group.getItems().stream().filter(g -> g.key().equals("population_over_200000")).findFirst().orElseThrow();
        interact(() -> view.group.setValue(big));
        settle();
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

    @Test
    void aCityAgainstItsGroupsItsProgressAndItsReport() throws Exception {
        settle();
        // Delta: 50,000 inhabitants, 5% foreign-born, FR; overall rates Alpha 90, Beta 70, Gamma 70, Delta 40 (2015: 100).
        ComparisonModel.Row delta = view.table.getItems().stream().filter(r -> r.city().equals("Delta")).findFirst().orElseThrow();
        assertEquals(null, delta.visitId(), "an imported result");
        interact(() -> view.table.getSelectionModel().select(delta));
        settle();
        var bars = view.groupsChart.getData().get(0).getData();
        List<String> labels = bars.stream().map(d -> d.getXValue()).toList();
        assertEquals(List.of("Delta", "all cities", "cities of up to 200,000 inhabitants", "cities of up to 15% foreign-born",
                "cities in FR"), labels, "the city, then the whole sample and each of its groups");
        double alpha = (2 * 10 + 15 * 90) / 17.0;
        double beta = (2 * 30 + 15 * 70) / 17.0;
        double deltaRate = (2 * 60 + 15 * 40) / 17.0;
        assertEquals(deltaRate, bars.get(0).getYValue().doubleValue(), 1e-9);
        assertEquals((alpha + 2 * beta + deltaRate) / 4, bars.get(1).getYValue().doubleValue(), 1e-9, "mean of the four cities");
        assertEquals((beta + deltaRate) / 2, bars.get(2).getYValue().doubleValue(), 1e-9, "Gamma 100,000 and Delta 50,000");
        assertEquals((beta + deltaRate) / 2, bars.get(3).getYValue().doubleValue(), 1e-9, "Beta 10% and Delta 5%");
        var line = view.progressChart.getData().get(0).getData();
        assertEquals(List.of("2015", "2019"), line.stream().map(d -> d.getXValue()).toList(), "both of Delta's results, oldest first");
        assertEquals(15 * 100 / 17.0, line.get(0).getYValue().doubleValue(), 1e-9, "2015: commitment 0, the others 100");
        assertEquals(deltaRate, line.get(1).getYValue().doubleValue(), 1e-9);
        assertTrue(view.report.isDisabled(), "no visit of Delta here: no report");
        assertTrue(view.report.getTooltip().getText().contains("only imported results"));

        Path png = dir.resolve("progress.png");
        interact(() -> {
            view.charts.getSelectionModel().select(2);
            try {
                view.exportChart(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 1000, "the progress chart as a PNG");

        // A city whose result comes from a visit held here: the report is written in the background, then offered.
        String visit = org.fieldbook.TestWorkspace.visit(services, "Epsilon").id();
        org.fieldbook.index.IndexDemo.populate(services.index(), services.notes(), visit);
        heldVisit = visit;
        ComparisonView fresh = interactAndGet(() -> view("en"));
        view = fresh;
        interact(() -> ((javafx.stage.Stage) org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage()).getScene()
                .setRoot((javafx.scene.Parent) fresh.node()));
        settle();
        ComparisonModel.Row epsilon = view.table.getItems().stream().filter(r -> visit.equals(r.visitId())).findFirst().orElseThrow();
        interact(() -> view.table.getSelectionModel().select(epsilon));
        settle();
        assertFalse(view.report.isDisabled());
        Path out = dir.resolve("epsilon.docx");
        interact(() -> view.writeReport(out));
        settle();
        assertEquals(List.of(visit + " en"), written);
        assertEquals("report of " + visit, Files.readString(out));
        assertTrue(view.status.getText().startsWith("Wrote epsilon.docx"), view.status.getText());
        assertTrue(view.status.getText().contains(out.toAbsolutePath().getParent().toString()), "says which folder: " + view.status.getText());
        assertTrue(view.openReport.isVisible());
        interact(() -> view.openReport.fire());
        assertEquals(List.of(out), opened);
        // Show in folder opens the folder that holds it
        assertTrue(view.showFolder.isVisible());
        interact(() -> view.showFolder.fire());
        assertEquals(List.of(out, out.toAbsolutePath().getParent()), opened);
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void frenchWordsAndAccessibleNames() throws Exception {
        settle();
        ComparisonView fr = interactAndGet(() -> view("fr"));
        view = fr;
        interact(() -> ((javafx.stage.Stage) org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage()).getScene()
                .setRoot((javafx.scene.Parent) fr.node()));
        settle();
        assertEquals(List.of("Villes du groupe", "La ville face à ses groupes", "Progrès de la ville"),
                fr.charts.getTabs().stream().map(t -> t.getText()).toList());
        assertEquals("Rapport d'analyse INDEX…", fr.report.getText().replace("_", ""), "apostrophe kept, mnemonic marked");
        assertEquals("Rang", fr.table.getColumns().get(0).getText());
        for (javafx.scene.Node n : List.of(fr.edition, fr.group, fr.area, fr.table, fr.chart, fr.groupsChart, fr.progressChart)) {
            assertFalse(n.getAccessibleText() == null || n.getAccessibleText().isBlank(), n.getId());
        }
        // keyboard: the table takes the focus and the arrow keys choose a city, which fills the city's charts
        clickOn(fr.table);
        type(javafx.scene.input.KeyCode.DOWN);
        settle();
        assertTrue(fr.table.getSelectionModel().getSelectedItem() != null);
        assertFalse(fr.groupsChart.getData().isEmpty());
    }
}
