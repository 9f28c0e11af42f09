package org.fieldbook.index.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.EditionSample;
import org.fieldbook.index.results.GroupStats;
import org.fieldbook.index.results.IndexResultService;
import org.fieldbook.support.ui.Background;
import org.fieldbook.support.ui.Converters;

/**
 * The office comparison screen: choose an edition, a group of similar cities and an area; a sortable table of the
 * group's cities with their verified rate and rank, and three charts: the group's cities, the selected city against
 * the groups it belongs to, and the selected city's progress over its assessments. The table (XLSX) and the chart
 * shown (PNG) can be exported, and the INDEX analysis report of the selected city's visit written. Everything that
 * reads the database runs on the background runner; the screen shows "Loading" meanwhile.
 */
public final class ComparisonView {
    private final VBox root = new VBox(8);
    private final org.fieldbook.support.Texts s;
    private final String language;
    private final ComparisonModel model;
    private final java.util.function.Function<String, QuestionnaireDefinition> definitions;
    final ComboBox<String> edition = new ComboBox<>();
    final ComboBox<GroupStats> group = new ComboBox<>();
    final ComboBox<String> area = new ComboBox<>();
    final TableView<ComparisonModel.Row> table = new TableView<>();
    final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    final BarChart<String, Number> groupsChart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    final LineChart<String, Number> progressChart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    final TabPane charts = new TabPane();
    final Button report = new Button();
    final Button openReport = new Button();
    final Label status = new Label();
    private final Label empty = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final Background background;
    private final Reports reports;
    private final org.fieldbook.support.ui.Exports exports;
    /** Shows the folder of the file written last. */
    final Button showFolder = new Button();
    /** Jobs started and not handed back yet (the FX thread only). */
    private int pending;
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Bumped by every edition or city choice: a late answer for an earlier choice is dropped. */
    private int editionGeneration;
    private int cityGeneration;
    private Path lastReport;

    /** Writes the INDEX analysis report of a visit; returns the file's size. Called off the JavaFX thread. */
    public interface Reports {
        long write(String visitId, Path out, String language) throws IOException;

        /** Whether this workspace holds the visit (a report is written from its notes and answers). */
        boolean holds(String visitId);
    }

    public ComparisonView(IndexResultService results, java.util.function.Function<String, QuestionnaireDefinition> definitions,
                          String language, Background background, Reports reports, java.util.function.Consumer<Path> openFile) {
        this(results, definitions, language, background, reports, org.fieldbook.support.ui.Exports.inMemory().withOpener(openFile::accept));
    }

    /** {@code exports}: where files are saved (the export folder) and how they are opened (the window's). */
    public ComparisonView(IndexResultService results, java.util.function.Function<String, QuestionnaireDefinition> definitions,
                          String language, Background background, Reports reports, org.fieldbook.support.ui.Exports exports) {
        this.s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language);
        this.language = language;
        this.model = new ComparisonModel(results);
        this.definitions = definitions;
        this.background = background;
        this.reports = reports;
        this.exports = exports;
        root.setId("comparisonView");
        root.setPadding(new Insets(12));
        Label title = new Label(s.get("cmp.title"));
        title.getStyleClass().add("h2");
        edition.setId("cmpEdition");
        group.setId("cmpGroup");
        area.setId("cmpArea");
        edition.setAccessibleText(s.get("cmp.edition"));
        group.setAccessibleText(s.get("cmp.group"));
        area.setAccessibleText(s.get("cmp.area"));
        group.setConverter(Converters.showing(g -> s.format("cmp.groupItem", g.label(language), g.cityIds().size())));
        area.setConverter(Converters.showing(this::areaTitle));
        FlowPane filters = new FlowPane(10, 6, labelled("cmp.edition", edition), labelled("cmp.group", group),
                labelled("cmp.area", area));
        table.setId("cmpTable");
        // a table with no rows says why in the window's language (JavaFX's own placeholder is English only)
        table.setPlaceholder(new Label(s.get("cmp.table.none")));
        table.setAccessibleText(s.get("cmp.table"));
        table.getColumns().add(column(s.get("cmp.col.rank"), r -> r.rank()));
        table.getColumns().add(column(s.get("cmp.col.city"), ComparisonModel.Row::city));
        table.getColumns().add(column(s.get("cmp.col.country"), ComparisonModel.Row::country));
        table.getColumns().add(column(s.get("cmp.col.population"), ComparisonModel.Row::population));
        table.getColumns().add(column(s.get("cmp.col.foreignBorn"), ComparisonModel.Row::foreignBornPct));
        table.getColumns().add(column(s.get("cmp.col.date"), ComparisonModel.Row::date));
        table.getColumns().add(column(s.get("cmp.col.rate"), r -> r.rate() == null ? null : Math.round(r.rate() * 10) / 10.0));
        table.setPrefHeight(300);
        // the columns share the table's width (a city's or country's name is not cut beside empty space)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        chart.setId("cmpChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAccessibleText(s.get("cmp.chart"));
        groupsChart.setId("cmpGroupsChart");
        groupsChart.setAnimated(false);
        groupsChart.setLegendVisible(false);
        groupsChart.setAccessibleText(s.get("cmp.chart.groups"));
        progressChart.setId("cmpProgressChart");
        progressChart.setAnimated(false);
        progressChart.setLegendVisible(false);
        progressChart.setAccessibleText(s.get("cmp.chart.progress"));
        charts.setId("cmpCharts");
        charts.setAccessibleText(s.get("cmp.tabs"));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.getTabs().addAll(tab("cmpTabCities", "cmp.tab.cities", chart), tab("cmpTabGroups", "cmp.tab.groups", groupsChart),
                tab("cmpTabProgress", "cmp.tab.progress", progressChart));
        charts.setPrefHeight(340);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button exportTable = new Button(s.get("cmp.exportTable"));
        exportTable.setId("cmpExportTable");
        exportTable.setOnAction(e -> choose("cmp.exportTable", "*.xlsx", ".xlsx", null, this::exportTable));
        Button exportChart = new Button(s.get("cmp.exportChart"));
        exportChart.setId("cmpExportChart");
        exportChart.setOnAction(e -> choose("cmp.exportChart", "*.png", ".png", null, this::exportChart));
        report.setText(s.format("cmp.report"));
        report.setId("cmpReport");
        report.setTooltip(new Tooltip(s.get("cmp.report.tip")));
        report.setAccessibleHelp(s.get("cmp.report.tip"));
        report.setDisable(true);
        report.setOnAction(e -> {
            ComparisonModel.Row r = table.getSelectionModel().getSelectedItem();
            if (r != null && r.visitId() != null) {
                choose("cmp.report", "*.docx", ".docx", "index-" + r.city().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".docx",
                        this::writeReport);
            }
        });
        openReport.setText(s.format("cmp.report.open"));
        openReport.setId("cmpOpenReport");
        openReport.setVisible(false);
        openReport.setManaged(false);
        openReport.setOnAction(e -> {
            if (lastReport != null) {
                exports.open(lastReport);
            }
        });
        showFolder.setText(s.get("cmp.showInFolder"));
        showFolder.setId("cmpShowFolder");
        showFolder.setVisible(false);
        showFolder.managedProperty().bind(showFolder.visibleProperty());
        showFolder.setOnAction(e -> {
            if (lastReport != null) {
                exports.showInFolder(lastReport);
            }
        });
        status.setId("cmpStatus");
        status.setWrapText(true);
        empty.setId("cmpEmpty");
        empty.setWrapText(true);
        loading.setId("cmpLoading");
        loading.setPrefSize(18, 18);
        loading.setAccessibleText(s.get("cmp.loading"));
        loading.setVisible(false);
        Label pick = new Label(s.get("cmp.pickCity"));
        pick.setWrapText(true);
        HBox head = new HBox(8, title, loading);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(head, filters, empty, table, pick, charts,
                new FlowPane(10, 6, exportTable, exportChart, report, openReport, showFolder), status);
        edition.valueProperty().addListener((o, a, b) -> loadEdition(b));
        group.valueProperty().addListener((o, a, b) -> show());
        area.valueProperty().addListener((o, a, b) -> show());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showCity());
        empty.setManaged(false);
        run(model::editions, editions -> {
            edition.setItems(FXCollections.observableArrayList(editions));
            empty.setText(editions.isEmpty() ? s.get("cmp.empty") : "");
            empty.setManaged(editions.isEmpty());
            if (!editions.isEmpty()) {
                edition.setValue(editions.get(editions.size() - 1));
            }
        });
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(s.get(key), content);
        t.setId(id);
        return t;
    }

    /** Runs database work on the background runner, showing the loading sign until {@code done} has run. */
    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        pending++;
        loading.setVisible(true);
        busy.set(true);
        background.call(work, v -> {
            try {
                done.accept(v); // first: work it starts (an edition chosen) keeps the screen loading
            } finally {
                finished();
            }
        }, t -> {
            finished();
            status.setText(s.format("cmp.loadFailed", t.getMessage()));
        });
    }

    private void finished() {
        pending--;
        loading.setVisible(pending > 0);
        busy.set(pending > 0);
    }

    /** Whether the screen is still reading (for tests and the benchmark; the JavaFX thread only). */
    public boolean loading() {
        return pending > 0;
    }

    /** True while the screen reads; false once what it read is shown (the JavaFX thread only). */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Node node() {
        return root;
    }

    private VBox labelled(String key, javafx.scene.control.Control c) {
        Label l = new Label(s.get(key));
        l.setLabelFor(c);
        return new VBox(2, l, c);
    }

    private static <T> TableColumn<ComparisonModel.Row, T> column(String title, java.util.function.Function<ComparisonModel.Row, T> value) {
        TableColumn<ComparisonModel.Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private String areaTitle(String a) {
        if (a == null) {
            return "";
        }
        if (ComparisonModel.OVERALL.equals(a)) {
            return s.get("cmp.overall");
        }
        if (ComparisonModel.LENS.equals(a)) {
            return s.get("cmp.lens");
        }
        QuestionnaireDefinition d = edition.getValue() == null ? null : definitions.apply(edition.getValue());
        return d == null ? a : d.area(a).map(x -> x.title(language)).orElse(a);
    }

    private void loadEdition(String q) {
        if (q == null) {
            return;
        }
        int generation = ++editionGeneration;
        run(() -> model.compute(q), computed -> {
            if (generation != editionGeneration) {
                return;
            }
            use(q, computed);
        });
    }

    private void use(String q, EditionSample computed) {
        model.use(computed);
        List<String> areas = new java.util.ArrayList<>(List.of(ComparisonModel.OVERALL, ComparisonModel.LENS));
        QuestionnaireDefinition d = definitions.apply(q);
        if (d != null) {
            d.areas().forEach(a -> areas.add(a.id()));
        } else {
            model.sample().whole().areas().keySet().forEach(areas::add);
        }
        area.setItems(FXCollections.observableArrayList(areas));
        area.setValue(ComparisonModel.OVERALL);
        group.setItems(FXCollections.observableArrayList(model.groups()));
        group.setValue(model.groups().isEmpty() ? null : model.groups().get(0));
        show();
    }

    private void show() {
        if (group.getValue() == null || area.getValue() == null) {
            table.getItems().clear();
            chart.getData().clear();
            return;
        }
        List<ComparisonModel.Row> rows = model.rows(group.getValue().key(), area.getValue());
        table.setItems(FXCollections.observableArrayList(rows));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(areaTitle(area.getValue()));
        for (ComparisonModel.Row r : rows) {
            if (r.rate() != null) {
                series.getData().add(new XYChart.Data<>(r.city(), r.rate()));
            }
        }
        chart.getData().setAll(List.of(series));
        chart.setTitle(s.format("cmp.chartTitle", areaTitle(area.getValue()), group.getConverter().toString(group.getValue())));
        showCity();
    }

    /** The selected city against its groups (from the loaded sample) and its progress (read in the background). */
    private void showCity() {
        ComparisonModel.Row r = table.getSelectionModel().getSelectedItem();
        int generation = ++cityGeneration;
        groupsChart.getData().clear();
        progressChart.getData().clear();
        groupsChart.setTitle(null);
        progressChart.setTitle(null);
        report.setDisable(r == null || r.visitId() == null || !reports.holds(r.visitId()));
        if (r == null || area.getValue() == null) {
            return;
        }
        if (r.visitId() == null || !reports.holds(r.visitId())) {
            report.setTooltip(new Tooltip(s.format("cmp.report.noVisit", r.city())));
        } else {
            report.setTooltip(new Tooltip(s.get("cmp.report.tip")));
        }
        String a = area.getValue();
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        for (ComparisonModel.Bar b : model.againstGroups(r.cityId(), a, language)) {
            if (b.value() != null) {
                bars.getData().add(new XYChart.Data<>(b.label(), b.value()));
            }
        }
        groupsChart.getData().setAll(List.of(bars));
        if (!bars.getData().isEmpty() && bars.getData().get(0).getNode() != null
                && bars.getData().get(0).getXValue().equals(r.city())) {
            bars.getData().get(0).getNode().setStyle("-fx-bar-fill: #003399;"); // the city itself, the groups' means beside it
        }
        groupsChart.setTitle(s.format("cmp.groupsTitle", r.city(), areaTitle(a)));
        String cityId = r.cityId();
        String city = r.city();
        run(() -> model.progress(cityId, a), points -> {
            if (generation != cityGeneration) {
                return;
            }
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            for (ComparisonModel.Point p : points) {
                if (p.value() != null) {
                    line.getData().add(new XYChart.Data<>(p.mapped() ? s.format("cmp.mapped", p.date()) : p.date(), p.value()));
                }
            }
            progressChart.getData().setAll(List.of(line));
            progressChart.setTitle(s.format("cmp.progressTitle", city, areaTitle(a)));
        });
    }

    /** Writes the INDEX analysis report of the selected city's visit in the background, then offers to open it. */
    void writeReport(Path out) {
        ComparisonModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r == null || r.visitId() == null) {
            return;
        }
        String visitId = r.visitId();
        status.setText(s.format("cmp.report.writing", r.city()));
        report.setDisable(true);
        openReport.setVisible(false);
        openReport.setManaged(false);
        pending++;
        loading.setVisible(true);
        busy.set(true);
        background.call(() -> reports.write(visitId, out, language), bytes -> {
            finished();
            report.setDisable(false);
            saved(out, s.format("cmp.report.done", out.getFileName(), Math.max(1, bytes / 1024)));
            openReport.setText(s.format("cmp.report.open"));
            openReport.setVisible(true);
            openReport.setManaged(true);
        }, t -> {
            finished();
            report.setDisable(false);
            status.setText(s.format("cmp.report.failed", t.getMessage()));
        });
    }

    /** The table as shown (current sort order), with a header row. */
    public void exportTable(Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            XSSFSheet sh = wb.createSheet(s.get("cmp.sheet"));
            XSSFRow h = sh.createRow(0);
            for (int c = 0; c < table.getColumns().size(); c++) {
                h.createCell(c).setCellValue(table.getColumns().get(c).getText());
            }
            int n = 1;
            for (ComparisonModel.Row r : table.getItems()) {
                XSSFRow row = sh.createRow(n++);
                for (int c = 0; c < table.getColumns().size(); c++) {
                    Object v = table.getColumns().get(c).getCellData(r);
                    if (v instanceof Number num) {
                        row.createCell(c).setCellValue(num.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(os);
        }
    }

    /** The chart shown (its tab selected) as a PNG image (call on the JavaFX thread). */
    public void exportChart(Path out) throws IOException {
        Node shown = charts.getSelectionModel().getSelectedItem() == null ? chart
                : charts.getSelectionModel().getSelectedItem().getContent();
        var image = shown.snapshot(null, null);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private interface Export {
        void to(Path p) throws IOException;
    }


    private void choose(String titleKey, String pattern, String extension, String initialName, Export export) {
        Path p = exports.chooseSave(root.getScene() == null ? null : root.getScene().getWindow(),
                s.format(titleKey).replace("_", ""), initialName, pattern, extension);
        if (p == null) {
            return;
        }
        try {
            export.to(p);
            if (!extension.equals(".docx")) {
                // the table and the chart are written at once; the report says when it is done
                saved(p, s.format("cmp.saved", p.getFileName().toString()));
                openReport.setText(s.get("cmp.openFile"));
                openReport.setVisible(true);
                openReport.setManaged(true);
            }
        } catch (IOException e) {
            status.setText(s.format("cmp.exportFailed", e.getMessage()));
        }
    }

    /** A file was written: says where, and offers Open and Show in folder. */
    private void saved(Path file, String what) {
        lastReport = file;
        Path folder = file.toAbsolutePath().getParent();
        status.setText(what + " " + s.format("cmp.savedIn", folder == null ? "" : folder.toString()));
        showFolder.setVisible(true);
    }
}
