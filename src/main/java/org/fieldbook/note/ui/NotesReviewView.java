package org.fieldbook.note.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.area.AreaCatalog;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteReviewIndex;
import org.fieldbook.note.NoteReviewIndex.Facet;
import org.fieldbook.note.NoteReviewIndex.Sort;
import org.fieldbook.note.NoteReviewService;
import org.fieldbook.note.ReviewNote;
import org.fieldbook.support.ui.Converters;
import org.fieldbook.support.ui.Rows;
import org.fieldbook.support.ui.UiContext;

/**
 * Review all notes of a visit before writing the profile: filters by INDEX area, kind, meeting, day, author,
 * attachments and "not yet used in the profile", each value with the number of notes it would show; a sort; the
 * list (arrow keys), and Enter or "Open in its meeting" to open the selected note where it was taken. The counts
 * follow the store: a write anywhere reloads the notes (when the review is hidden, once it is shown again).
 */
public final class NotesReviewView extends BorderPane implements AutoCloseable {
    /** A choice in a filter drop-down: a facet value (null: any) and its text with its count. */
    public record Option(String value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final UiContext ui;
    private final NotesReviewModel model;
    private final Map<Facet, ComboBox<Option>> combos = new EnumMap<>(Facet.class);
    private final CheckBox unused = new CheckBox();
    private final ComboBox<Sort> sort = new ComboBox<>();
    private final ListView<ReviewNote> list = new ListView<>();
    private final Label count = new Label();
    private final Button open = new Button();
    private final Runnable stopFollowing;
    private Map<String, IndexArea> areas = Map.of();
    private List<String> areaOrder = List.of();
    private Map<String, String> meetingLabels = new HashMap<>();
    private boolean updating;
    private boolean active = true;
    private boolean stale;

    public NotesReviewView(UiContext ui, NoteReviewService service, AreaCatalog areaCatalog, String visitId) {
        this.ui = ui;
        this.model = new NotesReviewModel(service, visitId, ui.i18n().locale(), ui.background());
        setId("notesReview");
        model.setOnError(err -> ui.notifier().error(ui.t("review.loadFailed", err.getMessage())));

        Label title = new Label(ui.t("review.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(ui.t("review.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        count.setId("reviewCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = Rows.grow();
        HBox heading = new HBox(12, new VBox(2, title, hint), grow, count);
        heading.setAlignment(Pos.CENTER_LEFT);

        FlowPane filters = new FlowPane(12, 8);
        filters.setId("reviewFilters");
        for (Facet f : List.of(Facet.AREA, Facet.KIND, Facet.MEETING, Facet.DAY, Facet.AUTHOR, Facet.ATTACHMENT)) {
            ComboBox<Option> c = new ComboBox<>();
            c.setId("review" + capital(f));
            String name = ui.t("review." + key(f));
            c.setAccessibleText(name);
            c.setPrefWidth(f == Facet.MEETING ? 260 : f == Facet.ATTACHMENT ? 240 : 190);
            c.valueProperty().addListener((o, a, b) -> {
                if (!updating && b != null) {
                    model.filterProperty(f).set(b.value());
                }
            });
            Label l = new Label(name);
            l.setLabelFor(c);
            l.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(6, l, c);
            box.setAlignment(Pos.CENTER_LEFT);
            combos.put(f, c);
            filters.getChildren().add(box);
        }
        unused.setId("reviewUnused");
        unused.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.filterProperty(Facet.USED).set(b ? NoteReviewIndex.UNUSED : null);
            }
        });
        sort.setId("reviewSort");
        sort.getItems().setAll(Sort.values());
        sort.setConverter(Converters.showing(s -> ui.t("review.sort." + s.name())));
        sort.setValue(Sort.TAKEN);
        sort.setAccessibleText(ui.t("review.sort"));
        sort.valueProperty().addListener((o, a, b) -> model.sortProperty().set(b == null ? Sort.TAKEN : b));
        Label sortLabel = new Label(ui.t("review.sort"));
        sortLabel.setLabelFor(sort);
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox sortBox = new HBox(6, sortLabel, sort);
        sortBox.setAlignment(Pos.CENTER_LEFT);
        Button clear = new Button(ui.t("review.clear"));
        clear.setId("reviewClear");
        clear.setOnAction(e -> model.clearFilters());
        filters.getChildren().addAll(unused, sortBox, clear);

        VBox top = new VBox(10, heading, filters);
        top.setPadding(new Insets(14, 20, 10, 20));
        setTop(top);

        list.setId("reviewList");
        list.setItems(model.notes());
        list.setCellFactory(v -> new ReviewCell());
        list.setPlaceholder(new Label(ui.t("review.empty")));
        list.setAccessibleText(ui.t("review.list"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (!Objects.equals(list.getSelectionModel().getSelectedItem(), b)) {
                updating = true;
                try {
                    if (b == null) {
                        list.getSelectionModel().clearSelection();
                    } else {
                        list.getSelectionModel().select(b);
                        list.scrollTo(b);
                    }
                } finally {
                    updating = false;
                }
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                openSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        BorderPane.setMargin(list, new Insets(0, 20, 0, 20));
        setCenter(list);

        open.setText(ui.t("review.open"));
        open.setId("reviewOpen");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(e -> openSelected());
        HBox bottom = new HBox(10, open);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 20, 14, 20));
        setBottom(bottom);

        model.resultProperty().addListener((o, a, r) -> showCounts());
        model.indexProperty().addListener((o, a, idx) -> meetingLabels = meetingLabels(idx));
        ui.background().call(areaCatalog::list, all -> {
            Map<String, IndexArea> byId = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (IndexArea a : all) {
                byId.put(a.id(), a);
                order.add(a.id());
            }
            areas = byId;
            areaOrder = order;
            showCounts();
            // notes shown before the catalogue arrived named their areas by id: shown again with their titles
            list.refresh();
        });
        stopFollowing = ui.changes().listen(() -> {
            if (active) {
                model.reload();
            } else {
                stale = true;
            }
        });
        model.reload();
    }

    private static String key(Facet f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String capital(Facet f) {
        String k = key(f);
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    public NotesReviewModel viewModel() {
        return model;
    }

    /** Whether the review is on screen; a store change while hidden reloads once it is shown again. */
    public void setActive(boolean active) {
        this.active = active;
        if (active && stale) {
            stale = false;
            model.reload();
        }
    }

    private void openSelected() {
        ReviewNote n = model.selectedProperty().get();
        if (n != null) {
            ui.navigator().openNote(n.visitId(), n.meetingId(), n.id());
        }
    }

    private Map<String, String> meetingLabels(NoteReviewIndex idx) {
        Map<String, String> labels = new HashMap<>();
        if (idx != null) {
            for (ReviewNote n : idx.all()) {
                if (n.meetingId() != null && !labels.containsKey(n.meetingId())) {
                    labels.put(n.meetingId(), meetingLabel(n));
                }
            }
        }
        return labels;
    }

    private String meetingLabel(ReviewNote n) {
        if (n.meetingId() == null) {
            return ui.t("review.none.meeting");
        }
        String when = n.day() == null ? "" : ui.i18n().date(n.day()) + " "
                + (n.start() == null ? "" : n.start()) + " — ";
        return when + n.meetingTitle();
    }

    /** The text of {@code value} under {@code facet}, without its count. */
    String label(Facet facet, String value) {
        boolean none = NoteReviewIndex.NONE.equals(value);
        return switch (facet) {
            case AREA -> none ? ui.t("review.none.area")
                    : areas.containsKey(value) ? areas.get(value).title(ui.i18n().locale()) : value;
            case KIND -> ui.i18n().label(NoteKind.of(value));
            case MEETING -> none ? ui.t("review.none.meeting") : meetingLabels.getOrDefault(value, value);
            case DAY -> none ? ui.t("review.none.day") : ui.i18n().day(LocalDate.parse(value));
            case AUTHOR -> none ? ui.t("review.none.author") : value;
            case ATTACHMENT -> ui.t("review.attachment." + value);
            case USED -> ui.t("review.used." + value);
        };
    }

    /** Rebuilds each drop-down's choices with the counts of the last filtering, keeping what is chosen. */
    private void showCounts() {
        NoteReviewIndex idx = model.indexProperty().get();
        if (idx == null) {
            count.setText("");
            return;
        }
        updating = true;
        try {
            for (Map.Entry<Facet, ComboBox<Option>> e : combos.entrySet()) {
                Facet f = e.getKey();
                List<String> values = new ArrayList<>(idx.values(f));
                if (f == Facet.AREA) {
                    values.sort(java.util.Comparator.comparingInt(v -> v.isEmpty() ? Integer.MAX_VALUE
                            : areaOrder.indexOf(v) < 0 ? Integer.MAX_VALUE - 1 : areaOrder.indexOf(v)));
                }
                String chosen = model.filterProperty(f).get();
                if (chosen != null && !values.contains(chosen)) {
                    values.add(chosen);
                }
                List<Option> options = new ArrayList<>();
                options.add(new Option(null, ui.t("review.option", ui.t("review.any." + key(f)), model.countAny(f))));
                Option selected = options.get(0);
                for (String v : values) {
                    Option o = new Option(v, ui.t("review.option", label(f, v), model.count(f, v)));
                    options.add(o);
                    if (v.equals(chosen)) {
                        selected = o;
                    }
                }
                ComboBox<Option> c = e.getValue();
                c.getItems().setAll(options);
                c.setValue(selected);
            }
            unused.setText(ui.t("review.unused", model.count(Facet.USED, NoteReviewIndex.UNUSED)));
            unused.setSelected(NoteReviewIndex.UNUSED.equals(model.filterProperty(Facet.USED).get()));
        } finally {
            updating = false;
        }
        count.setText(ui.t("review.count", model.shownProperty().get(), model.totalProperty().get()));
        list.setPlaceholder(new Label(ui.t(model.totalProperty().get() == 0 ? "review.emptyVisit" : "review.empty")));
    }

    /** A note in the review: kind, where and when, author, files, whether the profile uses it; areas; its text. */
    private final class ReviewCell extends org.fieldbook.support.ui.ItemCell<ReviewNote> {
        @Override
        protected void show(ReviewNote n) {
            Label kind = new Label(ui.i18n().label(n.kind()));
            kind.getStyleClass().addAll("kind-badge", "kind-" + n.kind().id());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            List<String> facts = new ArrayList<>();
            facts.add(meetingLabel(n));
            if (!n.author().isBlank()) {
                facts.add(ui.t("review.by", n.author()));
            }
            if (n.attachments() > 0) {
                facts.add(ui.t("review.files", n.attachments()));
            }
            if (n.used()) {
                facts.add(ui.t("review.used.used"));
            }
            Label where = new Label(String.join(" · ", facts));
            where.getStyleClass().add("text-muted");
            HBox top = new HBox(8, kind, where);
            top.setAlignment(Pos.CENTER_LEFT);
            String areaText = n.areas().isEmpty() ? ui.t("review.none.area")
                    : String.join(", ", n.areas().stream().map(a -> label(Facet.AREA, a)).toList());
            Label areaLabel = new Label(areaText);
            areaLabel.getStyleClass().addAll("text-muted", "text-small");
            String t = n.text().strip().replace('\n', ' ');
            Label text = new Label(t.isEmpty() ? ui.t("notes.untitled") : t.length() > 220 ? t.substring(0, 219) + "…" : t);
            text.setWrapText(false);
            VBox box = new VBox(3, top, areaLabel, text);
            box.setMinWidth(0);
            box.setPadding(new Insets(3, 0, 3, 0));
            setAccessibleText(ui.t("a11y.reviewNote", ui.i18n().label(n.kind()), where.getText(), text.getText(), areaText));
            setGraphic(box);
        }
    }

    @Override
    public void close() {
        stopFollowing.run();
        model.close();
    }
}
