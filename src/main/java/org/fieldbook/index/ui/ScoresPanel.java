package org.fieldbook.index.ui;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.fieldbook.index.Assessment;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.score.AreaScore;

/** Bar chart per area of the self-assessed rate, the verified rate and the sample mean, and the ICC Index. */
final class ScoresPanel {
    private final VBox root = new VBox(6);
    private final BarChart<String, Number> chart;
    private final Label overall = new Label();
    private final Label groups = new Label();
    private final javafx.scene.layout.GridPane table = new javafx.scene.layout.GridPane();
    private final org.fieldbook.support.Texts s;
    private final String language;
    private final java.util.Locale locale;

    ScoresPanel(VerificationViewModel vm, org.fieldbook.support.Texts s) {
        this.s = s;
        this.language = vm.language();
        this.locale = java.util.Locale.forLanguageTag(language);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 20);
        chart = new BarChart<>(x, y);
        chart.setId("scoresChart");
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setBarGap(1);
        chart.setTitle(s.get("v.scores"));
        chart.setPrefHeight(360);
        // area numbers on the axis (the table below names them): long names would be cut or turned on their side
        x.setTickLabelRotation(0);
        x.setLabel(s.get("v.areaNumbers"));
        overall.setId("overallLabel");
        overall.setWrapText(true);
        overall.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        overall.setStyle("-fx-font-weight: bold;");
        table.setId("scoresTable");
        table.setHgap(10);
        table.setVgap(2);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        // no fixed minimum: the column is never narrower than its longest word ("Neighbourhoods" never breaks inside)
        table.getColumnConstraints().add(names);
        javafx.scene.control.ScrollPane tableScroll = new javafx.scene.control.ScrollPane(table);
        tableScroll.setFitToWidth(true);
        tableScroll.setPrefHeight(220);
        groups.setId("groupsLabel");
        groups.setWrapText(true);
        groups.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(overall, groups, chart, tableScroll);
        vm.assessmentProperty().addListener((o, a, b) -> show(b));
    }

    Node node() {
        return root;
    }

    private void show(Assessment a) {
        if (a == null) {
            return;
        }
        XYChart.Series<String, Number> self = new XYChart.Series<>();
        self.setName(s.get("v.self"));
        XYChart.Series<String, Number> verified = new XYChart.Series<>();
        verified.setName(s.get("v.verified"));
        XYChart.Series<String, Number> sample = new XYChart.Series<>();
        sample.setName(s.get("v.sampleMean"));
        for (AreaScore ar : a.score().areas()) {
            String label = a.definition().area(ar.areaId()).map(d -> String.valueOf(d.order())).orElse(ar.areaId());
            self.getData().add(new XYChart.Data<>(label, ar.self().rate() == null ? 0 : ar.self().rate()));
            verified.getData().add(new XYChart.Data<>(label, ar.verified().rate() == null ? 0 : ar.verified().rate()));
            if (a.comparison() != null) {
                a.comparison().mean(ar.areaId()).ifPresent(st -> sample.getData().add(new XYChart.Data<>(label, st.mean())));
            }
        }
        fillTable(a);
        chart.getData().setAll(java.util.List.of(self, verified));
        if (!sample.getData().isEmpty()) {
            chart.getData().add(sample);
        }
        String rank = a.comparison() == null ? s.get("v.noSample") : a.comparison().rank() == null ? ""
                : s.format("v.rank", a.comparison().rank(), a.comparison().rankOutOf());
        overall.setText(s.format("v.overall", pct(a.score().overallSelf()), pct(a.score().overallVerified()), rank));
        java.util.List<String> fitting = new java.util.ArrayList<>();
        if (a.comparison() != null) {
            for (var g : a.comparison().groups()) {
                if (!org.fieldbook.index.sample.SampleGroup.ALL.equals(g.dimension()) && g.overall() != null) {
                    fitting.add(s.format("v.groupMean", g.label(language), pct(g.overall().mean()), g.overall().count()));
                }
            }
        }
        groups.setText(fitting.isEmpty() ? "" : s.format("v.groups", String.join(s.get("v.groupSeparator"), fitting)));
        groups.setManaged(!fitting.isEmpty());
        groups.setVisible(!fitting.isEmpty());
    }

    /** Area, self-assessed, verified, difference and sample mean, as numbers. */
    private void fillTable(Assessment a) {
        table.getChildren().clear();
        String[] heads = {s.get("v.area"), s.get("v.short.self"), s.get("v.short.verified"), "Δ", s.get("v.short.sample")};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.setStyle("-fx-font-weight: bold;");
            table.add(h, c, 0);
        }
        int r = 1;
        for (AreaScore ar : a.score().areas()) {
            String title = a.definition().area(ar.areaId()).map(this::numberedTitle).orElse(ar.areaId());
            Double mean = a.comparison() == null ? null : a.comparison().mean(ar.areaId()).map(st -> st.mean()).orElse(null);
            Label name = new Label(title + (ar.counted() ? "" : " *"));
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // wraps between words only: never narrower than the longest word (plus the label's padding)
            fitWords(name);
            name.fontProperty().addListener((o, was, now) -> fitWords(name));
            table.addRow(r++, name, fixed(pct(ar.self().rate())),
                    fixed(pct(ar.verified().rate())), fixed(diff(ar.difference())), fixed(pct(mean)));
        }
        table.addRow(r, new Label(s.get("ex.overall")), fixed(pct(a.score().overallSelf())),
                fixed(pct(a.score().overallVerified())), fixed(diff(a.score().overallDifference())), fixed(""));
        table.getChildren().stream().filter(n -> javafx.scene.layout.GridPane.getRowIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    }

    private static void fitWords(Label name) {
        name.setMinWidth(longestWord(name) + name.snappedLeftInset() + name.snappedRightInset() + 2);
    }

    /** Width of {@code label}'s longest word in its font. */
    static double longestWord(Label label) {
        double widest = 0;
        for (String word : label.getText().split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(label.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private String diff(Double v) {
        return v == null ? "–" : String.format(locale, "%+.1f", v);
    }

    private String numberedTitle(AreaDefinition a) {
        return a.order() + " " + a.title(language);
    }

    private String pct(Double v) {
        return pct(v, locale);
    }

    /** A rate as the reader's language writes it: 82.4 % in English, 82,4 % in French. */
    static String pct(Double v, java.util.Locale locale) {
        return v == null ? "–" : String.format(locale, "%.1f %%", v);
    }
}
