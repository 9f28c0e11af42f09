package org.fieldbook.visit.ui;

import org.fieldbook.visit.VisitSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.support.ui.I18n;

/** The left column: every visit (city, dates, status), a New visit button, and the way to the trash. */
public final class VisitSidebar extends BorderPane {
    private final ListView<VisitSummary> list = new ListView<>();
    private boolean quiet;

    public VisitSidebar(I18n i18n, Runnable newVisit, Runnable openTrash, Runnable openInbox, Consumer<VisitSummary> selected) {
        setId("sidebar");
        getStyleClass().add("sidebar");
        Label title = new Label(i18n.t("sidebar.visits"));
        title.getStyleClass().add("title-4");
        Button add = new Button(i18n.t("sidebar.new"));
        add.setId("sidebarNewVisit");
        add.getStyleClass().addAll("small", "accent");
        add.setOnAction(e -> newVisit.run());
        add.setAccessibleText(i18n.t("menu.newVisit").replace("_", ""));
        setTop(TitleBar.of(title, add, Pos.CENTER_LEFT, new Insets(14, 12, 8, 14)));
        list.setId("visitList");
        list.setAccessibleText(i18n.t("sidebar.visits"));
        list.getStyleClass().add("visit-list");
        DateTimeFormatter df = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        list.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(VisitSummary v, boolean empty) {
                super.updateItem(v, empty);
                setText(null);
                if (empty || v == null) {
                    setGraphic(null);
                    return;
                }
                Label city = new Label(v.city());
                city.getStyleClass().add("visit-city");
                Label dates = new Label(df.format(v.start()) + " – " + df.format(v.end()));
                dates.getStyleClass().addAll("text-muted", "text-small");
                Label status = new Label(i18n.label(v.status()));
                status.getStyleClass().addAll("status-chip", "status-" + v.status().id());
                Label counts = new Label(i18n.t("sidebar.counts", v.meetings(), v.notes()));
                counts.getStyleClass().addAll("text-muted", "text-small");
                // the counts move under the status chip when the sidebar is narrow (French, 150 % scaling)
                javafx.scene.layout.FlowPane bottom = new javafx.scene.layout.FlowPane(8, 2, status, counts);
                bottom.setAlignment(Pos.CENTER_LEFT);
                bottom.setPrefWrapLength(160);
                city.setWrapText(true);
                city.setMinHeight(Region.USE_PREF_SIZE);
                city.prefWidthProperty().bind(list.widthProperty().subtract(40));
                status.setAccessibleText(i18n.t("a11y.status", i18n.label(v.status())));
                status.setMinWidth(Region.USE_PREF_SIZE);
                counts.setMinWidth(Region.USE_PREF_SIZE);
                VBox box = new VBox(2, city, dates, bottom);
                setAccessibleText(i18n.t("a11y.visitItem", v.city(), dates.getText(), i18n.label(v.status()), counts.getText()));
                box.setPadding(new Insets(4, 2, 4, 2));
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (!quiet && v != null) {
                selected.accept(v);
            }
        });
        BorderPane.setMargin(list, new Insets(0, 8, 0, 8));
        setCenter(list);
        Button trash = new Button(i18n.t("sidebar.trash"));
        trash.setId("sidebarTrash");
        trash.getStyleClass().add("flat");
        trash.setMaxWidth(Double.MAX_VALUE);
        trash.setAlignment(Pos.CENTER_LEFT);
        trash.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            openTrash.run();
        });
        trash.setAccessibleHelp(i18n.t("sidebar.trash.help"));
        Button inbox = new Button(i18n.t("sidebar.inbox"));
        inbox.setId("sidebarInbox");
        inbox.getStyleClass().add("flat");
        inbox.setMaxWidth(Double.MAX_VALUE);
        inbox.setAlignment(Pos.CENTER_LEFT);
        inbox.setAccessibleHelp(i18n.t("sidebar.inbox.help"));
        inbox.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            openInbox.run();
        });
        VBox places = new VBox(2, inbox, trash);
        BorderPane.setMargin(places, new Insets(8));
        setBottom(places);
        setMinWidth(220);
        setPrefWidth(270);
    }

    /** Replaces the list, keeping {@code selectedId} selected without firing a new selection. */
    public void show(List<VisitSummary> visits, String selectedId) {
        quiet = true;
        try {
            list.getItems().setAll(visits);
            select(selectedId);
        } finally {
            quiet = false;
        }
    }

    /** Replaces the cards with fresh ones (counts after a write), keeping the selection and the scroll where they are. */
    public void update(List<VisitSummary> visits) {
        VisitSummary was = list.getSelectionModel().getSelectedItem();
        quiet = true;
        try {
            list.getItems().setAll(visits);
            if (was != null) {
                visits.stream().filter(v -> v.id().equals(was.id())).findFirst()
                        .ifPresent(v -> list.getSelectionModel().select(v));
            }
        } finally {
            quiet = false;
        }
    }

    public void select(String id) {
        for (VisitSummary v : list.getItems()) {
            if (v.id().equals(id)) {
                list.getSelectionModel().select(v);
                list.scrollTo(v);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    public void clearSelection() {
        quiet = true;
        list.getSelectionModel().clearSelection();
        quiet = false;
    }
}
