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
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.GroupStats;
import org.fieldbook.index.results.IndexResultService;

/**
 * The office comparison screen: choose an edition, a group of similar cities and an area; a sortable table of the
 * group's cities with their verified rate and rank, and a bar chart of the same; both can be exported (XLSX, PNG).
 */
public final class ComparisonView {
    private final VBox root = new VBox(8);
    private final Strings s;
    private final String language;
    private final ComparisonModel model;
    private final java.util.function.Function<String, QuestionnaireDefinition> definitions;
    final ComboBox<String> edition = new ComboBox<>();
    final ComboBox<GroupStats> group = new ComboBox<>();
    final ComboBox<String> area = new ComboBox<>();
    final TableView<ComparisonModel.Row> table = new TableView<>();
    final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final Label empty = new Label();

    public ComparisonView(IndexResultService results, java.util.function.Function<String, QuestionnaireDefinition> definitions,
                          String language) {
        this.s = new Strings(language);
        this.language = language;
        this.model = new ComparisonModel(results);
        this.definitions = definitions;
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
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(GroupStats g) {
                return g == null ? "" : s.format("cmp.groupItem", g.label(language), g.cityIds().size());
            }

            @Override
            public GroupStats fromString(String text) {
                return null;
            }
        });
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(String a) {
                return areaTitle(a);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        FlowPane filters = new FlowPane(10, 6, labelled("cmp.edition", edition), labelled("cmp.group", group),
                labelled("cmp.area", area));
        table.setId("cmpTable");
        table.setAccessibleText(s.get("cmp.table"));
        table.getColumns().add(column(s.get("cmp.col.rank"), r -> r.rank()));
        table.getColumns().add(column(s.get("cmp.col.city"), ComparisonModel.Row::city));
        table.getColumns().add(column(s.get("cmp.col.country"), ComparisonModel.Row::country));
        table.getColumns().add(column(s.get("cmp.col.population"), ComparisonModel.Row::population));
        table.getColumns().add(column(s.get("cmp.col.foreignBorn"), ComparisonModel.Row::foreignBornPct));
        table.getColumns().add(column(s.get("cmp.col.date"), ComparisonModel.Row::date));
        table.getColumns().add(column(s.get("cmp.col.rate"), r -> r.rate() == null ? null : Math.round(r.rate() * 10) / 10.0));
        table.setPrefHeight(300);
        chart.setId("cmpChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAccessibleText(s.get("cmp.chart"));
        chart.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button exportTable = new Button(s.get("cmp.exportTable"));
        exportTable.setId("cmpExportTable");
        exportTable.setOnAction(e -> choose("cmp.exportTable", "*.xlsx", ".xlsx", this::exportTable));
        Button exportChart = new Button(s.get("cmp.exportChart"));
        exportChart.setId("cmpExportChart");
        exportChart.setOnAction(e -> choose("cmp.exportChart", "*.png", ".png", this::exportChart));
        empty.setId("cmpEmpty");
        empty.setWrapText(true);
        root.getChildren().addAll(title, filters, empty, table, chart, new FlowPane(10, 6, exportTable, exportChart));
        edition.valueProperty().addListener((o, a, b) -> loadEdition(b));
        group.valueProperty().addListener((o, a, b) -> show());
        area.valueProperty().addListener((o, a, b) -> show());
        List<String> editions = model.editions();
        edition.setItems(FXCollections.observableArrayList(editions));
        empty.setText(editions.isEmpty() ? s.get("cmp.empty") : "");
        empty.setManaged(editions.isEmpty());
        if (!editions.isEmpty()) {
            edition.setValue(editions.get(editions.size() - 1));
        }
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
        model.load(q);
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

    /** The chart as a PNG image (call on the JavaFX thread). */
    public void exportChart(Path out) throws IOException {
        var image = chart.snapshot(null, null);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private interface Export {
        void to(Path p) throws IOException;
    }

    private void choose(String titleKey, String pattern, String extension, Export export) {
        FileChooser fc = new FileChooser();
        fc.setTitle(s.get(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        java.io.File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            p = p.resolveSibling(p.getFileName() + extension);
        }
        try {
            export.to(p);
        } catch (IOException e) {
            empty.setText(s.format("cmp.exportFailed", e.getMessage()));
            empty.setManaged(true);
        }
    }
}
