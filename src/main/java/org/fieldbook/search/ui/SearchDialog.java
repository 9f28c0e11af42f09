package org.fieldbook.search.ui;

import org.fieldbook.search.SearchHit;
import org.fieldbook.search.SearchQuery;
import org.fieldbook.search.SearchService;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.NoteKind;
import org.fieldbook.support.ui.Converters;
import org.fieldbook.support.ui.UiContext;

/**
 * Ctrl+K: one field, results as you type (ranked, highlighted), filters for this visit or all, INDEX area and
 * note kind. Enter or a double click opens the hit.
 */
public final class SearchDialog extends Stage {
    private static final String ALL = "";

    private final UiContext ui;
    private final SearchService search;
    private final TextField field = new TextField();
    private final ComboBox<String> scope = new ComboBox<>();
    private final ComboBox<String> area = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label status = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(180));
    private final String visitId;
    private final Consumer<SearchHit> open;
    private long sequence;

    public SearchDialog(Window owner, UiContext ui, SearchService search, String visitId, List<IndexArea> areas, Consumer<SearchHit> open) {
        this.ui = ui;
        this.search = search;
        this.visitId = visitId;
        this.open = open;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(ui.t("search.title"));
        field.setId("searchField");
        field.setPromptText(ui.t("search.prompt"));
        field.getStyleClass().add("search-field");
        scope.setId("searchScope");
        scope.getItems().addAll("visit", "all");
        scope.setValue(visitId != null ? "visit" : "all");
        scope.setDisable(visitId == null);
        scope.setConverter(Converters.showing(s -> ui.t("search.scope." + s)));
        area.setId("searchArea");
        area.getItems().add(ALL);
        areas.forEach(a -> area.getItems().add(a.id()));
        area.setValue(ALL);
        area.setConverter(Converters.showing(id -> id.isEmpty() ? ui.t("search.anyArea")
                : areas.stream().filter(a -> a.id().equals(id)).findFirst().map(a -> a.title(ui.i18n().locale())).orElse(id)));
        kind.setId("searchKind");
        kind.getItems().add(ALL);
        for (NoteKind k : NoteKind.values()) {
            kind.getItems().add(k.id());
        }
        kind.setValue(ALL);
        kind.setConverter(Converters.showing(id -> id.isEmpty() ? ui.t("search.anyKind") : ui.i18n().label(NoteKind.of(id))));
        HBox filters = new HBox(8, scope, area, kind);
        for (ComboBox<String> box : List.of(scope, area, kind)) {
            HBox.setHgrow(box, Priority.ALWAYS); // the three share the width, none cut short
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(120);
        }
        filters.setAlignment(Pos.CENTER_LEFT);
        results.setId("searchResults");
        results.setCellFactory(lv -> new HitCell());
        results.setPlaceholder(new Label(ui.t("search.hint")));
        VBox.setVgrow(results, Priority.ALWAYS);
        status.getStyleClass().addAll("text-muted", "text-small");
        status.setId("searchStatus");
        VBox root = new VBox(10, field, filters, results, status);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("search-dialog");
        Scene scene = new Scene(root, 720, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        setScene(scene);

        debounce.setOnFinished(e -> runSearch());
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        scope.valueProperty().addListener((o, a, b) -> runSearch());
        area.valueProperty().addListener((o, a, b) -> runSearch());
        kind.valueProperty().addListener((o, a, b) -> runSearch());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            } else if (e.getCode() == KeyCode.DOWN && field.isFocused()) {
                e.consume();
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        setOnShown(e -> field.requestFocus());
    }

    private void runSearch() {
        long mine = ++sequence;
        String text = field.getText();
        SearchQuery q = new SearchQuery(text, "visit".equals(scope.getValue()) ? visitId : null,
                blankToNull(area.getValue()), blankToNull(kind.getValue()), 50);
        if (SearchService.toMatch(text).isEmpty()) {
            results.getItems().clear();
            status.setText("");
            return;
        }
        ui.background().call(() -> search.search(q), hits -> {
            if (mine != sequence) {
                return;
            }
            results.getItems().setAll(hits);
            if (!hits.isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
            results.setPlaceholder(new Label(ui.t("search.none")));
            status.setText(ui.t("search.count", hits.size()));
        }, err -> status.setText(ui.t("search.failed", err.getMessage())));
    }

    private void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            close();
            open.accept(hit);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The snippet with its marked words in bold. */
    static TextFlow highlighted(String snippet) {
        TextFlow flow = new TextFlow();
        String rest = snippet == null ? "" : snippet.replace('\n', ' ');
        while (!rest.isEmpty()) {
            int s = rest.indexOf(SearchService.MARK_START);
            if (s < 0) {
                flow.getChildren().add(new Text(rest));
                break;
            }
            if (s > 0) {
                flow.getChildren().add(new Text(rest.substring(0, s)));
            }
            int e = rest.indexOf(SearchService.MARK_END, s);
            String word = e < 0 ? rest.substring(s + 1) : rest.substring(s + 1, e);
            Text bold = new Text(word);
            bold.setFont(Font.font(null, FontWeight.BOLD, 13));
            bold.getStyleClass().add("search-mark");
            flow.getChildren().add(bold);
            rest = e < 0 ? "" : rest.substring(e + 1);
        }
        return flow;
    }

    private final class HitCell extends org.fieldbook.support.ui.ItemCell<SearchHit> {
        @Override
        protected void show(SearchHit hit) {
            Label type = new Label(ui.t("search.type." + hit.type()));
            type.getStyleClass().addAll("kind-badge", "type-" + hit.type());
            type.setMinWidth(Label.USE_PREF_SIZE);
            Label title = new Label(localTitle(hit));
            title.getStyleClass().add("text-bold");
            HBox top = new HBox(8, type, title);
            top.setAlignment(Pos.CENTER_LEFT);
            TextFlow snippet = highlighted(hit.snippet());
            snippet.setMaxWidth(640);
            VBox box = new VBox(3, top, snippet);
            box.setPadding(new Insets(4, 2, 4, 2));
            setGraphic(box);
        }
    }

    /** The hit's title with the note kind in the window's language. */
    private String localTitle(SearchHit hit) {
        if (!"note".equals(hit.type())) {
            return hit.title();
        }
        int dot = hit.title().indexOf(" · ");
        String kindText = dot < 0 ? hit.title() : hit.title().substring(0, dot);
        try {
            String label = ui.i18n().label(NoteKind.of(kindText.replace(' ', '_')));
            return dot < 0 ? label : label + hit.title().substring(dot);
        } catch (IllegalArgumentException e) {
            return hit.title();
        }
    }

    /** Seeds the field (used by tests and by "search again"). */
    public void setQuery(String text) {
        field.setText(text);
    }

    List<SearchHit> currentResults() {
        return FXCollections.unmodifiableObservableList(results.getItems());
    }
}
