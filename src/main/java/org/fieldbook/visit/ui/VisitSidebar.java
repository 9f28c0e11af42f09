package org.fieldbook.visit.ui;

import org.fieldbook.visit.VisitFinder;
import org.fieldbook.visit.VisitStatus;
import org.fieldbook.visit.VisitSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.support.ui.I18n;

/**
 * The left column: every visit (city, dates, status), a New visit button, and the way to the trash. Above the list a
 * finder narrows it in memory ({@link VisitFinder}: city or country text, year, status, sort) with a count under it;
 * typing letters in the list jumps to the next city starting with them.
 */
public final class VisitSidebar extends BorderPane {
    /** The pause after which typed letters start a new type-ahead prefix. */
    private static final long TYPE_AHEAD_NANOS = 1_000_000_000L;

    private final ListView<VisitSummary> list = new ListView<>();
    private final I18n i18n;
    /** The list's empty text: that no visit matches the filters (nothing while there is no visit at all). */
    private final Label noMatch = new Label();
    private final TextField search = new TextField();
    private final ComboBox<Choice<Integer>> year = new ComboBox<>();
    private final ComboBox<Choice<VisitStatus>> status = new ComboBox<>();
    private final ComboBox<Choice<VisitFinder.Sort>> sort = new ComboBox<>();
    private final Label count = new Label();
    private VisitFinder finder = new VisitFinder(List.of());
    private boolean quiet;
    private boolean filling;
    private String typed = "";
    private long typedAt;

    /** One entry of a drop-down: a value (null for "all") and how it is shown. */
    private record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public VisitSidebar(I18n i18n, Runnable newVisit, Runnable openTrash, Runnable openInbox, Consumer<VisitSummary> selected) {
        this.i18n = i18n;
        setId("sidebar");
        getStyleClass().add("sidebar");
        Label title = new Label(i18n.t("sidebar.visits"));
        title.getStyleClass().add("title-4");
        Button add = new Button(i18n.t("sidebar.new"));
        add.setId("sidebarNewVisit");
        add.getStyleClass().addAll("small", "accent");
        add.setOnAction(e -> newVisit.run());
        add.setAccessibleText(i18n.t("menu.newVisit").replace("_", ""));
        javafx.scene.Node top = TitleBar.of(title, add, Pos.CENTER_LEFT, new Insets(14, 12, 8, 14));
        search.setId("visitSearch");
        search.setPromptText(i18n.t("sidebar.search.prompt"));
        search.setAccessibleText(i18n.t("sidebar.search"));
        search.textProperty().addListener((o, a, b) -> refilter());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        year.setId("visitYear");
        year.setAccessibleText(i18n.t("sidebar.year"));
        year.setMaxWidth(Double.MAX_VALUE);
        status.setId("visitStatusFilter");
        status.setAccessibleText(i18n.t("sidebar.status"));
        status.setMaxWidth(Double.MAX_VALUE);
        sort.setId("visitSort");
        sort.setAccessibleText(i18n.t("sidebar.sort"));
        sort.setMaxWidth(Double.MAX_VALUE);
        for (VisitFinder.Sort s : VisitFinder.Sort.values()) {
            sort.getItems().add(new Choice<>(s, i18n.t("sidebar.sort." + s.name().toLowerCase(java.util.Locale.ROOT))));
        }
        sort.getSelectionModel().select(0);
        fillChoices();
        year.valueProperty().addListener((o, a, b) -> refilter());
        status.valueProperty().addListener((o, a, b) -> refilter());
        sort.valueProperty().addListener((o, a, b) -> refilter());
        // one per line: side by side, "Toutes les années" and "Tous les statuts" were cut to "Toute…" at 1366 px
        VBox choices = new VBox(6, year, status);
        count.setId("visitCount");
        count.getStyleClass().addAll("text-muted", "text-small");
        VBox finderBox = new VBox(6, search, choices, sort, count);
        finderBox.setPadding(new Insets(0, 8, 6, 8));
        setTop(new VBox(top, finderBox));
        // with no visit at all the list stays quiet (the start screen says what to do); with filters, it says none match
        noMatch.setWrapText(true);
        noMatch.setMaxWidth(200);
        noMatch.getStyleClass().add("text-muted");
        list.setPlaceholder(noMatch);
        list.addEventHandler(KeyEvent.KEY_TYPED, this::typeAhead);
        list.setId("visitList");
        list.setAccessibleText(i18n.t("sidebar.visits"));
        list.getStyleClass().add("visit-list");
        DateTimeFormatter df = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        list.setCellFactory(lv -> new org.fieldbook.support.ui.ItemCell<>() {
            @Override
            protected void show(VisitSummary v) {
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
            finder = new VisitFinder(visits);
            fillChoices();
            list.getItems().setAll(finder.apply(query()));
            updateCount();
            select(selectedId);
        } finally {
            quiet = false;
        }
    }

    /** Replaces the cards with fresh ones (counts after a write), keeping the selection and the scroll where they are. */
    public void update(List<VisitSummary> visits) {
        quiet = true;
        try {
            finder = new VisitFinder(visits);
            fillChoices();
            showFiltered();
        } finally {
            quiet = false;
        }
    }

    /** Puts the keyboard focus in the search field (Ctrl+Shift+F), its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Clears the search text, year and status (the sort stays). */
    public void clearFilters() {
        filling = true;
        try {
            search.clear();
            year.getSelectionModel().select(0);
            status.getSelectionModel().select(0);
        } finally {
            filling = false;
        }
        refilter();
    }

    private VisitFinder.Query query() {
        Choice<Integer> y = year.getValue();
        Choice<VisitStatus> st = status.getValue();
        Choice<VisitFinder.Sort> so = sort.getValue();
        return new VisitFinder.Query(search.getText(), y == null ? null : y.value(), st == null ? null : st.value(),
                so == null ? null : so.value());
    }

    private void refilter() {
        if (filling) {
            return;
        }
        boolean was = quiet;
        quiet = true;
        try {
            showFiltered();
        } finally {
            quiet = was;
        }
    }

    /** Shows the visits matching the filters; the selected visit stays selected while it still matches. */
    private void showFiltered() {
        VisitSummary was = list.getSelectionModel().getSelectedItem();
        List<VisitSummary> shown = finder.apply(query());
        list.getItems().setAll(shown);
        noMatch.setText(shown.isEmpty() && !finder.apply(VisitFinder.Query.ALL).isEmpty() ? i18n.t("sidebar.noMatch") : "");
        updateCount();
        if (was != null) {
            for (VisitSummary v : shown) {
                if (v.id().equals(was.id())) {
                    list.getSelectionModel().select(v);
                    return;
                }
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private void updateCount() {
        int total = finder.all().size();
        count.setText(query().filters() ? i18n.t("sidebar.shown", list.getItems().size(), total)
                : i18n.t("sidebar.total", total));
    }

    /** The year and status drop-downs offer "all" and the values present; a choice no longer present falls back to all. */
    private void fillChoices() {
        Integer y = year.getValue() == null ? null : year.getValue().value();
        VisitStatus st = status.getValue() == null ? null : status.getValue().value();
        List<Choice<Integer>> years = new ArrayList<>();
        years.add(new Choice<>(null, i18n.t("sidebar.year.all")));
        for (Integer value : finder.years()) {
            years.add(new Choice<>(value, String.valueOf(value)));
        }
        List<Choice<VisitStatus>> statuses = new ArrayList<>();
        statuses.add(new Choice<>(null, i18n.t("sidebar.status.all")));
        for (VisitStatus value : finder.statuses()) {
            statuses.add(new Choice<>(value, i18n.label(value)));
        }
        boolean wasFilling = filling;
        filling = true;
        try {
            if (!year.getItems().equals(years)) {
                year.getItems().setAll(years);
                year.getSelectionModel().select(Math.max(0, indexOf(years, y)));
            }
            if (!status.getItems().equals(statuses)) {
                status.getItems().setAll(statuses);
                status.getSelectionModel().select(Math.max(0, indexOf(statuses, st)));
            }
        } finally {
            filling = wasFilling;
        }
    }

    private static <T> int indexOf(List<Choice<T>> choices, T value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Objects.equals(choices.get(i).value(), value)) {
                return i;
            }
        }
        return -1;
    }

    /** Letters typed while the list has the focus select the next visit whose city starts with them. */
    private void typeAhead(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || !Character.isLetterOrDigit(ch.codePointAt(0)) && !(ch.equals(" ") && !typed.isEmpty())) {
            return;
        }
        long now = System.nanoTime();
        typed = now - typedAt > TYPE_AHEAD_NANOS ? ch : typed + ch;
        typedAt = now;
        int selected = list.getSelectionModel().getSelectedIndex();
        boolean sameLetter = typed.chars().allMatch(c -> c == typed.charAt(0));
        // a new prefix (or the same letter again) looks from the next visit on; a longer prefix may keep the current one
        int from = selected < 0 ? 0 : sameLetter ? selected + 1 : selected;
        int at = VisitFinder.typeAhead(list.getItems(), typed, from);
        if (at >= 0) {
            list.getSelectionModel().select(at);
            list.getFocusModel().focus(at);
            list.scrollTo(at);
        }
        e.consume();
    }

    public void select(String id) {
        if (id != null && list.getItems().stream().noneMatch(v -> v.id().equals(id))
                && finder.all().stream().anyMatch(v -> v.id().equals(id))) {
            // the visit asked for is hidden by the filters (a new visit, one opened from search): show everything again
            clearFilters();
        }
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
