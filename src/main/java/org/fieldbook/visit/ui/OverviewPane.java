package org.fieldbook.visit.ui;

import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitData;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fieldbook.area.IndexArea;
import org.fieldbook.support.ui.I18n;

/** The visit at a glance: city facts, team, days, meetings, and notes per INDEX area (gaps marked). */
public final class OverviewPane extends ScrollPane {
    private final I18n i18n;
    private final VBox content = new VBox(18);
    private final GridPane cards = new GridPane();
    /** Below this width the city and visit cards stack instead of sharing a row (150 % scaling, narrow windows). */
    static final double TWO_COLUMNS_FROM = 820;

    public OverviewPane(I18n i18n) {
        this.i18n = i18n;
        setId("overviewPane");
        setFitToWidth(true);
        content.setPadding(new Insets(20, 24, 24, 24));
        setContent(content);
        cards.setHgap(16);
        cards.setVgap(16);
        widthProperty().addListener((o, was, now) -> {
            if ((was.doubleValue() < TWO_COLUMNS_FROM) != (now.doubleValue() < TWO_COLUMNS_FROM)) {
                arrange();
            }
        });
    }

    public void show(VisitData d) {
        content.getChildren().clear();
        VBox facts = facts(d);
        VBox team = team(d);
        facts.setMaxHeight(Double.MAX_VALUE);
        team.setMaxHeight(Double.MAX_VALUE);
        cards.getChildren().setAll(facts, team);
        arrange();
        content.getChildren().addAll(cards, areas(d));
    }

    /** Side by side when there is room, one above the other when not. */
    private void arrange() {
        if (cards.getChildren().size() != 2) {
            return;
        }
        boolean side = getWidth() == 0 || getWidth() >= TWO_COLUMNS_FROM;
        cards.getColumnConstraints().clear();
        for (int i = 0; i < (side ? 2 : 1); i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(side ? 50 : 100);
            c.setFillWidth(true);
            cards.getColumnConstraints().add(c);
        }
        javafx.scene.Node team = cards.getChildren().get(1);
        GridPane.setConstraints(cards.getChildren().get(0), 0, 0);
        GridPane.setConstraints(team, side ? 1 : 0, side ? 0 : 1);
    }

    /** True when the city and visit cards are stacked (for tests). */
    boolean stacked() {
        return cards.getChildren().size() == 2 && GridPane.getRowIndex(cards.getChildren().get(1)) == 1;
    }

    private VBox facts(VisitData d) {
        City c = d.city();
        NumberFormat nf = NumberFormat.getIntegerInstance(i18n.locale());
        GridPane g = grid();
        int r = 0;
        r = row(g, r, i18n.t("city.country"), c.country());
        r = row(g, r, i18n.t("city.population"), c.population() == null ? "—" : nf.format(c.population()));
        r = row(g, r, i18n.t("city.foreignBorn"), pct(c.foreignBornPct(), i18n));
        r = row(g, r, i18n.t("city.foreignResidents"), pct(c.foreignResidentsPct(), i18n));
        r = row(g, r, i18n.t("city.minorities"), pct(c.minoritiesPct(), i18n));
        r = row(g, r, i18n.t("city.languages"), c.languages().isBlank() ? "—" : c.languages());
        VBox box = card(i18n.t("overview.city"), g);
        if (!c.context().isBlank()) {
            javafx.scene.text.TextFlow ctx = new javafx.scene.text.TextFlow();
            org.fieldbook.support.ui.MarkdownFlow.render(c.context(), ctx);
            ctx.getStyleClass().add("city-context");
            box.getChildren().add(ctx);
        }
        return box;
    }

    private VBox team(VisitData d) {
        Visit v = d.visit();
        GridPane g = grid();
        int r = 0;
        r = row(g, r, i18n.t("visit.dates"), i18n.date(v.start()) + " – " + i18n.date(v.end()));
        r = row(g, r, i18n.t("overview.days"), String.valueOf(v.days().size()));
        r = row(g, r, i18n.t("visit.mode"), i18n.label(v.mode()));
        r = row(g, r, i18n.t("visit.status"), i18n.label(v.status()));
        r = row(g, r, i18n.t("visit.experts"), v.team().stream().filter(m -> TeamMember.EXPERT.equals(m.role()))
                .map(TeamMember::name).collect(Collectors.joining(", ")));
        r = row(g, r, i18n.t("visit.representative"), v.team().stream()
                .filter(m -> TeamMember.REPRESENTATIVE.equals(m.role())).map(TeamMember::name).collect(Collectors.joining(", ")));
        r = row(g, r, i18n.t("overview.programme"), i18n.t("overview.meetings", d.meetings().size(),
                d.meetingsHeld(java.time.LocalDateTime.now()), d.meetingsWithNotes()));
        row(g, r, i18n.t("overview.notes"), String.valueOf(d.totalNotes()));
        return card(i18n.t("overview.visit"), g);
    }

    private VBox areas(VisitData d) {
        long max = Math.max(1, d.notesPerArea().values().stream().mapToLong(Long::longValue).max().orElse(1));
        GridPane g = grid();
        g.setVgap(6);
        int r = 0;
        long missing = 0;
        for (IndexArea a : d.areas()) {
            long n = d.notesPerArea().getOrDefault(a.id(), 0L);
            Label name = new Label(a.title(i18n.locale()) + (a.optional() ? " " + i18n.t("overview.optional") : ""));
            name.setMinWidth(Region.USE_PREF_SIZE);
            g.add(name, 0, r);
            HBox barRow = new HBox(10);
            barRow.setAlignment(Pos.CENTER_LEFT);
            if (n == 0) {
                missing++;
                Label none = new Label(i18n.t("overview.noNotes"));
                none.getStyleClass().add("area-missing");
                none.setId("area-" + a.id());
                barRow.getChildren().add(none);
            } else {
                Region bar = new Region();
                bar.getStyleClass().add("area-bar");
                bar.setPrefWidth(Math.max(6, 320.0 * n / max));
                bar.setMinWidth(Region.USE_PREF_SIZE);
                bar.setAccessibleRole(javafx.scene.AccessibleRole.PROGRESS_INDICATOR);
                bar.setAccessibleText(i18n.t("a11y.areaBar", a.title(i18n.locale()), n));
                Label count = new Label(String.valueOf(n));
                count.setId("area-" + a.id());
                barRow.getChildren().addAll(new StackPane(bar), count);
            }
            g.add(barRow, 1, r);
            r++;
        }
        VBox box = card(i18n.t("overview.areas"), g);
        Label summary = new Label(missing == 0 ? i18n.t("overview.allCovered") : i18n.t("overview.missing", missing));
        summary.setId("overviewAreaSummary");
        summary.getStyleClass().add(missing == 0 ? "success" : "warning");
        box.getChildren().add(1, summary);
        return box;
    }

    private static VBox card(String title, javafx.scene.Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().add("card-box");
        box.setPadding(new Insets(16));
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(4);
        return g;
    }

    private static int row(GridPane g, int r, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.setWrapText(true);
        g.add(l, 0, r);
        g.add(v, 1, r);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return r + 1;
    }

    private static String pct(Double d, I18n i18n) {
        if (d == null) {
            return "—";
        }
        return org.fieldbook.support.LenientNumbers.format(d, i18n.locale(), 1) + " %";
    }
}
