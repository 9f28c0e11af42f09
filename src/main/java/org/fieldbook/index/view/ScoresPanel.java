package org.fieldbook.index.view;

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
    private final Strings s;
    private final String language;

    ScoresPanel(VerificationViewModel vm, Strings s) {
        this.s = s;
        this.language = vm.language();
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 20);
        chart = new BarChart<>(x, y);
        chart.setId("scoresChart");
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setBarGap(1);
        chart.setTitle(s.get("v.scores"));
        chart.setPrefHeight(420);
        x.setTickLabelRotation(-60);
        overall.setId("overallLabel");
        overall.setWrapText(true);
        root.getChildren().addAll(overall, chart);
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
            String label = a.definition().area(ar.areaId()).map(this::shortTitle).orElse(ar.areaId());
            self.getData().add(new XYChart.Data<>(label, ar.self().rate() == null ? 0 : ar.self().rate()));
            verified.getData().add(new XYChart.Data<>(label, ar.verified().rate() == null ? 0 : ar.verified().rate()));
            if (a.comparison() != null) {
                a.comparison().mean(ar.areaId()).ifPresent(st -> sample.getData().add(new XYChart.Data<>(label, st.mean())));
            }
        }
        chart.getData().setAll(java.util.List.of(self, verified));
        if (!sample.getData().isEmpty()) {
            chart.getData().add(sample);
        }
        String rank = a.comparison() == null ? s.get("v.noSample") : a.comparison().rank() == null ? ""
                : s.format("v.rank", a.comparison().rank(), a.comparison().rankOutOf());
        overall.setText(s.format("v.overall", pct(a.score().overallSelf()), pct(a.score().overallVerified()), rank));
    }

    private String shortTitle(AreaDefinition a) {
        String t = a.title(language);
        return a.order() + " " + (t.length() > 18 ? t.substring(0, 17) + "…" : t);
    }

    static String pct(Double v) {
        return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", v);
    }
}
