package org.fieldbook.index.ui;

import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.search.SearchService;
import org.fieldbook.index.IndexServices;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.verify.VerificationStatus;

/**
 * The INDEX verification screen for one visit: filters, the question list with progress per area, the
 * selected question's detail with evidence, and the scores chart. "Next unchecked" is on F8 and Ctrl+J;
 * Alt+1…4 set the selected question's status.
 * Self-contained: build it with the services and a visit id and put {@link #node()} in a tab; call
 * {@link #close()} when the tab goes away.
 */
public final class VerificationView implements AutoCloseable {
    private final VerificationViewModel vm;
    private final org.fieldbook.support.ui.Background.Serial background;
    /** A runner this view made for itself (built without the window's), closed with it. */
    private final org.fieldbook.support.ui.Background own;
    private final org.fieldbook.support.ui.Exports exports;
    private final org.fieldbook.support.Texts s;
    private final BorderPane root = new BorderPane();
    private final org.fieldbook.support.ui.SidePanes.Memory memory;
    private org.fieldbook.support.ui.SidePanes panes;

    public VerificationView(IndexServices index, SearchService search, AttachmentRepository attachments, String visitId,
                            String language) {
        this(index, search, attachments, visitId, language, org.fieldbook.support.ui.SidePanes.Memory.inMemory(), null);
    }

    /**
     * {@code memory} keeps the side panes' open states and widths between sessions; the work runs in order on
     * {@code runner} (the window's; {@code null} makes one for this view alone).
     */
    public VerificationView(IndexServices index, SearchService search, AttachmentRepository attachments, String visitId,
                            String language, org.fieldbook.support.ui.SidePanes.Memory memory,
                            org.fieldbook.support.ui.Background runner) {
        this(index, search, attachments, visitId, language, memory, runner, null);
    }

    /** As above; {@code exports} says where workbooks are saved (the window's export folder; null: kept in memory). */
    public VerificationView(IndexServices index, SearchService search, AttachmentRepository attachments, String visitId,
                            String language, org.fieldbook.support.ui.SidePanes.Memory memory,
                            org.fieldbook.support.ui.Background runner, org.fieldbook.support.ui.Exports exports) {
        this.exports = exports != null ? exports
                : org.fieldbook.support.ui.Exports.inMemory();
        this.s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language);
        this.own = runner == null ? new org.fieldbook.support.ui.Background() : null;
        this.background = (runner == null ? own : runner).serial("index verification");
        this.vm = new VerificationViewModel(index, search, attachments, visitId, background, language);
        // widths and folded panes are remembered where the caller keeps them (the workspace, for the window)
        this.memory = memory;
        build();
        vm.load();
    }

    public Node node() {
        return root;
    }

    public VerificationViewModel viewModel() {
        return vm;
    }

    /** Called when the store changed: what the screen searched for is looked up again. */
    public void storeChanged() {
        vm.storeChanged();
    }

    private void build() {
        QuestionDetailPane detail = new QuestionDetailPane(vm, s);
        ScoresPanel scores = new ScoresPanel(vm, s);
        TableView<QuestionRow> table = table(detail);
        VBox left = new VBox(6, table, progressList());
        VBox.setVgrow(table, Priority.ALWAYS);
        // the question's detail is the editor: the list and the scores fold away (remembered), and the scores start
        // folded unless the detail keeps half the window beside them
        javafx.scene.layout.Region detailNode = (javafx.scene.layout.Region) detail.node();
        detailNode.setMinWidth(320);
        left.setMinWidth(220);
        javafx.scene.layout.Region scoresNode = (javafx.scene.layout.Region) scores.node();
        scoresNode.setMinWidth(200);
        panes = new org.fieldbook.support.ui.SidePanes("verification", detailNode, memory);
        panes.side("questions", s.get("v.pane.questions"), left, true, QUESTIONS_WIDTH, true);
        panes.side("scores", s.get("v.pane.scores"), scoresNode, false, 340, false);
        Node split = panes.node();
        root.setTop(toolbar());
        root.setCenter(split);
        Label emptyText = new Label(s.get("v.noAnswers"));
        emptyText.setId("noAnswers");
        emptyText.setWrapText(true);
        Button importHere = new Button(s.get("v.importAnswers"));
        importHere.setId("importAnswersEmpty");
        importHere.setOnAction(e -> chooseAndImport());
        Button templateHere = new Button(s.get("v.writeTemplate"));
        templateHere.setOnAction(e -> chooseAndWriteTemplate());
        VBox empty = new VBox(10, emptyText, new HBox(8, importHere, templateHere));
        empty.setPadding(new Insets(20));
        vm.noAnswersProperty().addListener((o, a, b) -> root.setCenter(b ? empty : split));
        followWindowKeys();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isNextKey(e)) {
                vm.nextUnchecked();
                e.consume();
            } else if (e.isAltDown() && !e.isShortcutDown() && statusKey(e.getCode()) != null
                    && vm.selectedProperty().get() != null) {
                // Alt+1…4: not checked, confirmed, corrected, could not verify, for the selected question
                vm.setStatus(vm.selectedProperty().get(), statusKey(e.getCode()));
                e.consume();
            }
        });
    }

    private static boolean isNextKey(KeyEvent e) {
        return e.getCode() == KeyCode.F8 || (e.isShortcutDown() && e.getCode() == KeyCode.J);
    }

    /**
     * F8 also works while the keyboard is outside this screen but the screen is showing: right after its tab was
     * clicked the focus is still on the tab's header, and the first F8 must not be lost.
     */
    private void followWindowKeys() {
        javafx.event.EventHandler<KeyEvent> sceneKeys = e -> {
            if (!e.isConsumed() && isNextKey(e) && showing(root) && !inside(e.getTarget())) {
                vm.nextUnchecked();
                e.consume();
            }
        };
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_PRESSED, sceneKeys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, sceneKeys);
            }
        });
    }

    private boolean inside(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} and all its parents are visible (a tab not selected hides its content). */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The status Alt+{@code key} sets, or null for other keys. */
    static org.fieldbook.index.verify.VerificationStatus statusKey(KeyCode code) {
        int i = switch (code) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
        return i < 0 ? null : org.fieldbook.index.verify.VerificationStatus.values()[i];
    }

    private javafx.scene.layout.FlowPane toolbar() {
        ComboBox<String> area = new ComboBox<>();
        area.setId("areaFilter");
        area.setAccessibleText(s.get("v.area"));
        area.setPromptText(s.get("v.allAreas"));
        area.setPrefWidth(230);
        vm.assessmentProperty().addListener((o, a, b) -> {
            if (b != null && area.getItems().isEmpty()) {
                area.getItems().add(null);
                b.definition().areas().forEach(x -> area.getItems().add(x.id()));
            }
        });
        area.setCellFactory(l -> areaCell());
        area.setButtonCell(areaCell());
        area.valueProperty().bindBidirectional(vm.areaFilterProperty());
        ComboBox<VerificationStatus> status = new ComboBox<>();
        status.setId("statusFilter");
        status.setAccessibleText(s.get("v.status"));
        status.getItems().add(null);
        status.getItems().addAll(VerificationStatus.values());
        status.setCellFactory(l -> statusCell());
        status.setButtonCell(statusCell());
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        Button next = new Button(s.get("v.nextUnchecked"));
        next.setId("nextUnchecked");
        next.setOnAction(e -> vm.nextUnchecked());
        Label progress = new Label();
        progress.setId("progressLabel");
        progress.textProperty().bind(Bindings.createStringBinding(() -> s.format("v.progress", vm.checkedTotalProperty().get(),
                vm.rows().size()), vm.checkedTotalProperty(), vm.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setAccessibleText(s.get("a11y.loading"));
        busy.visibleProperty().bind(vm.loadingProperty());
        javafx.scene.control.MenuButton files = new javafx.scene.control.MenuButton(s.get("v.files"));
        files.setId("indexFiles");
        files.getItems().addAll(item(s.get("v.importAnswers"), this::chooseAndImport),
                item(s.get("v.writeTemplate"), this::chooseAndWriteTemplate),
                item(s.get("v.export"), this::chooseAndExport),
                item(s.get("v.loadQuestionnaire"), this::chooseAndLoadQuestionnaire));
        Label message = new Label();
        message.setId("fileMessage");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("errorLabel");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.textProperty().bind(vm.errorProperty());
        // a flow pane wraps onto a second line at 1280-1366 px (or 150 % scaling) instead of clipping the buttons
        HBox filters = new HBox(6, new Label(s.get("v.area")), area, new Label(s.get("v.status")), status);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox actions = new HBox(8, next, progress, files, panes.toggle("questions"), panes.toggle("scores"), busy);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (javafx.scene.layout.Region r : java.util.List.of(area, status, next, progress, files)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        next.setTooltip(new javafx.scene.control.Tooltip(s.get("v.nextUnchecked")));
        // a workbook written ends with where it is, with Open and Show in folder
        org.fieldbook.support.ui.SavedFileNotice saved = new org.fieldbook.support.ui.SavedFileNotice(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.WINDOW, vm.language()), exports);
        saved.fileProperty().bind(vm.writtenProperty());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 6, filters, actions, message, saved, error);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private static javafx.scene.control.MenuItem item(String text, Runnable action) {
        javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private java.io.File choose(boolean save, String name, String... extensions) {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (save) {
            // workbooks are saved in the export folder, which remembers the folder chosen
            java.nio.file.Path p = exports.chooseSave(w, null, name, String.join(", ", extensions), extensions[0].substring(1));
            return p == null ? null : p.toFile();
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(String.join(", ", extensions), extensions));
        return fc.showOpenDialog(w);
    }

    /** Default width of the question list: room for about 40 characters of the question beside its number and status. */
    static final double QUESTIONS_WIDTH = 370;

    private void chooseAndImport() {
        java.io.File f = choose(false, null, "*.xlsx", "*.json");
        if (f != null) {
            vm.importAnswers(f.toPath());
        }
    }

    private void chooseAndWriteTemplate() {
        java.io.File f = choose(true, "index-answers.xlsx", "*.xlsx");
        if (f != null) {
            vm.writeTemplate(f.toPath());
        }
    }

    private void chooseAndExport() {
        java.io.File f = choose(true, "index-verification.xlsx", "*.xlsx");
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    private void chooseAndLoadQuestionnaire() {
        java.io.File f = choose(false, null, "*.json");
        if (f != null) {
            vm.loadQuestionnaire(f.toPath());
        }
    }

    private ListCell<String> areaCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty ? "" : id == null ? s.get("v.allAreas") : vm.areas().stream().filter(a -> a.id().equals(id))
                        .findFirst().map(AreaDefinition::id).map(x -> title(x)).orElse(id));
            }
        };
    }

    private String title(String areaId) {
        return vm.areas().stream().filter(a -> a.id().equals(areaId)).findFirst().map(a -> a.title(vm.language())).orElse(areaId);
    }

    private ListCell<VerificationStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(VerificationStatus st, boolean empty) {
                super.updateItem(st, empty);
                setText(empty ? "" : st == null ? s.get("v.allStatuses") : s.get("status." + st.id()));
            }
        };
    }

    private TableView<QuestionRow> table(QuestionDetailPane detail) {
        TableView<QuestionRow> table = new TableView<>(vm.visibleRows());
        table.setId("questionTable");
        TableColumn<QuestionRow, String> no = new TableColumn<>("#");
        no.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        no.setPrefWidth(44);
        no.setMinWidth(40);
        TableColumn<QuestionRow, String> q = new TableColumn<>(s.get("ex.col.question"));
        q.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().question().text(vm.language())));
        q.setPrefWidth(230);
        // the whole question on hover and for screen readers when the column is too narrow for it
        q.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null) {
                    setTooltip(null);
                } else {
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    setTooltip(tip);
                }
                setAccessibleText(empty ? null : text);
            }
        });
        // the status as a mark (its name on hover and for screen readers; the detail pane and filter name it in full), so
        // the question keeps the width
        TableColumn<QuestionRow, VerificationStatus> st = new TableColumn<>();
        javafx.scene.control.Label stHead = new javafx.scene.control.Label("\u2022");
        stHead.setTooltip(new javafx.scene.control.Tooltip(s.get("v.status")));
        st.setGraphic(stHead);
        st.setCellValueFactory(c -> c.getValue().statusProperty());
        st.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(VerificationStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                if (empty || status == null) {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                String name = s.get("status." + status.id());
                setGraphic(StatusMark.of(status));
                setTooltip(new javafx.scene.control.Tooltip(name));
                setAccessibleText(name);
                setAlignment(javafx.geometry.Pos.CENTER);
            }
        });
        st.setPrefWidth(34);
        st.setMinWidth(30);
        st.setMaxWidth(40);
        q.setMinWidth(100);
        no.setMaxWidth(70);
        // the question column takes what is left, so the status never clips
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(java.util.List.of(no, q, st));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        vm.rows().forEach(r -> r.statusProperty().addListener((x, y, z) -> detail.refreshStatus()));
        vm.rows().addListener((javafx.collections.ListChangeListener<QuestionRow>) c -> vm.rows()
                .forEach(r -> r.statusProperty().addListener((x, y, z) -> detail.refreshStatus())));
        return table;
    }

    private ListView<AreaProgress> progressList() {
        ListView<AreaProgress> list = new ListView<>(vm.progress());
        list.setId("areaProgress");
        list.setPrefHeight(200);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AreaProgress p, boolean empty) {
                super.updateItem(p, empty);
                textProperty().unbind();
                if (empty || p == null) {
                    setText("");
                    setGraphic(null);
                    return;
                }
                ProgressBar bar = new ProgressBar();
                bar.setPrefWidth(70);
                bar.progressProperty().bind(p.checkedProperty().divide((double) Math.max(1, p.total())));
                bar.accessibleTextProperty().bind(Bindings.createStringBinding(
                        () -> s.format("a11y.areaProgress", p.title(), p.checked(), p.total()), p.checkedProperty()));
                setGraphic(bar);
                textProperty().bind(Bindings.createStringBinding(() -> p.title() + "  " + p.checked() + "/" + p.total(),
                        p.checkedProperty()));
            }
        });
        return list;
    }

    @Override
    public void close() {
        background.close();
        if (own != null) {
            own.close();
        }
    }
}
