package org.fieldbook.stakeholder.ui;

import org.fieldbook.person.PersonalDataService;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.stakeholder.Stakeholder;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fieldbook.support.ui.Rows;
import org.fieldbook.support.ui.Tables;
import org.fieldbook.support.ui.UiContext;
import org.fieldbook.support.ui.UndoStack;

/** The city's stakeholder directory: a filterable table with add, edit and (undoable) delete. */
public final class StakeholdersPane extends BorderPane {
    private final UiContext ui;
    private final StakeholderRepository stakeholders;
    private final PersonalDataService person;
    private final ObservableList<Stakeholder> all = FXCollections.observableArrayList();
    private final FilteredList<Stakeholder> shown = new FilteredList<>(all, s -> true);
    private final TableView<Stakeholder> table = new TableView<>(shown);
    private final TextField filter = new TextField();
    private String cityId;
    private final org.fieldbook.support.ui.SavedFileNotice saved;

    /** The rest of the visit screen follows the store's change notification; this table keeps its own rows. */
    public StakeholdersPane(UiContext ui, StakeholderRepository stakeholders, PersonalDataService person) {
        this.stakeholders = stakeholders;
        this.person = person;
        this.ui = ui;
        this.saved = new org.fieldbook.support.ui.SavedFileNotice(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.WINDOW, ui.i18n().locale()), ui.exports());
        setId("stakeholdersPane");
        filter.setId("stakeholderFilter");
        filter.setPromptText(ui.t("stakeholder.filter"));
        filter.setPrefColumnCount(24);
        filter.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.toLowerCase(Locale.ROOT).trim();
            shown.setPredicate(s -> q.isEmpty() || matches(s, q));
            table.setPlaceholder(new Label(q.isEmpty() ? ui.t("stakeholder.empty") : ui.t("stakeholder.noMatch", b.trim())));
        });
        Button add = new Button(ui.t("stakeholder.add"));
        add.setId("stakeholderAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = new Button(ui.t("action.edit"));
        edit.setId("stakeholderEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(ui.t("action.delete"));
        delete.setId("stakeholderDelete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        javafx.scene.control.MenuItem eraseItem = new javafx.scene.control.MenuItem(ui.t("person.erase.menu"));
        eraseItem.setOnAction(e -> erase(table.getSelectionModel().getSelectedItem()));
        javafx.scene.control.MenuItem exportItem = new javafx.scene.control.MenuItem(ui.t("person.export.menu"));
        exportItem.setOnAction(e -> exportData(table.getSelectionModel().getSelectedItem()));
        javafx.scene.control.MenuItem erasuresItem = new javafx.scene.control.MenuItem(ui.t("person.erasures.menu"));
        erasuresItem.setId("personErasures");
        erasuresItem.setOnAction(e -> showErasures());
        eraseItem.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        exportItem.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.control.MenuButton personal = new javafx.scene.control.MenuButton(ui.t("person.menu"), null, exportItem, eraseItem,
                new javafx.scene.control.SeparatorMenuItem(), erasuresItem);
        personal.setId("stakeholderPersonalData");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.t("stakeholder.count", shown.size(), all.size()), shown, all));
        Region grow = Rows.grow();
        HBox bar = new HBox(8, filter, count, grow, add, edit, delete, personal);
        // on a narrow window the filter field gives way; the count and the buttons keep their words
        for (javafx.scene.control.Control c : java.util.List.of(count, add, edit, delete, personal)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 8, 16));
        setTop(bar);

        Tables.list(table, "stakeholderTable", ui.t("stakeholder.empty"));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.person"), Stakeholder::person, 160));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.organisation"), Stakeholder::organisation, 200));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.role"), Stakeholder::role, 140));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.category"), s -> ui.i18n().label(s.category()), 170));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.contact"), s -> join(s.email(), s.phone()), 180));
        table.getColumns().add(Tables.textColumn(ui.t("stakeholder.consent.short"),
                s -> s.namedConsent() ? ui.t("common.yes") : ui.t("common.no"), 120));
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<Stakeholder>();
            javafx.scene.control.MenuItem erase = new javafx.scene.control.MenuItem(ui.t("person.erase.menu"));
            erase.setId("stakeholderErase");
            erase.setOnAction(e -> erase(row.getItem()));
            javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem(ui.t("person.export.menu"));
            export.setId("stakeholderExportData");
            export.setOnAction(e -> exportData(row.getItem()));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(new javafx.scene.control.ContextMenu(export, erase)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        setCenter(table);
        // a personal-data document written: where it is, with Open and Show in folder
        saved.setPadding(new Insets(0, 16, 12, 16));
        setBottom(saved);
    }

    public void show(String cityId, List<Stakeholder> directory) {
        this.cityId = cityId;
        Stakeholder selected = table.getSelectionModel().getSelectedItem();
        all.setAll(directory);
        if (selected != null) {
            select(selected.id());
        }
    }

    public void select(String stakeholderId) {
        filter.clear();
        for (Stakeholder s : shown) {
            if (s.id().equals(stakeholderId)) {
                table.getSelectionModel().select(s);
                table.scrollTo(s);
                return;
            }
        }
    }

    private void add() {
        StakeholderDialog.ask(getScene().getWindow(), ui.i18n(), cityId, null).ifPresent(s ->
                ui.background().call(() -> stakeholders.create(s), created -> {
                    all.add(created);
                    table.getSelectionModel().select(created);
                }));
    }

    private void edit(Stakeholder s) {
        StakeholderDialog.ask(getScene().getWindow(), ui.i18n(), cityId, s).ifPresent(updated ->
                ui.background().call(() -> stakeholders.update(updated), stored -> {
                    // with the revision stored: a next edit of it starts from this version
                    int i = all.indexOf(s);
                    if (i >= 0) {
                        all.set(i, stored);
                    }
                }));
    }

    private void delete(Stakeholder s) {
        ui.background().exec(() -> stakeholders.delete(s.id(), s.revision()), () -> {
            all.remove(s);
            ui.notifier().undoable(ui.t("stakeholder.deleted", s.displayName()), new UndoStack.Entry(s.displayName(), () -> {
                stakeholders.restore(s.id());
            }));
        });
    }

    /** Every erasure known here and the workspaces (by their people's names) that have applied it, from their bundles. */
    private void showErasures() {
        ui.background().call(() -> person.erasures(), list -> {
            StringBuilder text = new StringBuilder();
            for (var e : list) {
                String day = e.erasedAt().length() >= 10 ? e.erasedAt().substring(0, 10) : e.erasedAt();
                text.append("• ").append(ui.t("person.erasures.line", day, e.appliedByNames().size(),
                        String.join(", ", e.appliedByNames()))).append('\n');
            }
            javafx.scene.control.Alert info = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
            info.initOwner(getScene().getWindow());
            org.fieldbook.support.ui.Theme.apply(info.getDialogPane());
            info.setTitle(ui.t("person.erasures.title"));
            info.setHeaderText(ui.t("person.erasures.header"));
            info.setContentText(list.isEmpty() ? ui.t("person.erasures.none") : text.toString().strip());
            info.getDialogPane().setId("personErasuresDialog");
            info.show();
        });
    }

    /** Erases the person everywhere (after a preview of every place); cannot be undone, so it asks first. */
    private void erase(Stakeholder s) {
        if (s == null) {
            return;
        }
        ui.background().call(() -> person.preview(s.id()), places -> {
            StringBuilder list = new StringBuilder();
            int shownPlaces = Math.min(places.size(), 12);
            for (int i = 0; i < shownPlaces; i++) {
                var p = places.get(i);
                list.append("• ").append(p.table()).append(" (").append(p.field()).append("): ").append(p.what()).append('\n');
            }
            if (places.size() > shownPlaces) {
                list.append(ui.t("person.erase.more", places.size() - shownPlaces)).append('\n');
            }
            boolean go = org.fieldbook.support.ui.DialogButtons.confirm(getScene().getWindow(), ui.i18n(), ui.t("person.erase.title"),
                    ui.t("person.erase.header", s.displayName(), places.size()), list + "\n" + ui.t("person.erase.text"),
                    ui.t("person.erase.act"), "personEraseConfirm");
            if (!go) {
                return;
            }
            ui.background().call(() -> person.erase(s.id(), "", false), r -> {
                all.remove(s);
                ui.notifier().info(ui.t("person.erase.done", r.valuesChanged(), r.backupsRewritten()));
            });
        });
    }

    /** Writes everything held about the person (access on request): JSON and a readable Word document beside it. */
    private void exportData(Stakeholder s) {
        if (s == null) {
            return;
        }
        // saved in the export folder (remembered); the readable document is the file named, the JSON beside it
        java.nio.file.Path docx = ui.exports().chooseSave(getScene().getWindow(), ui.t("person.export.menu"),
                "personal-data.docx", "Word", ".docx");
        if (docx == null) {
            return;
        }
        saved.fileProperty().set(null);
        ui.background().call(() -> {
            var data = person.export(s.id());
            String name = docx.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            java.nio.file.Files.writeString(docx.resolveSibling(stem + ".json"),
                    org.fieldbook.support.JsonMappers.pretty().writeValueAsString(data));
            org.fieldbook.person.AccessDocument.write(data, docx, ui.i18n().locale().getLanguage(), java.time.LocalDate.now());
            return docx;
        }, md -> {
            saved.fileProperty().set(md);
            ui.notifier().info(ui.t("person.export.done", md.toAbsolutePath().getParent()));
        });
    }

    /** True when every word typed is found in the person's name, organisation, role or e-mail, accents and case folded. */
    static boolean matches(Stakeholder s, String q) {
        String hay = fold(s.person() + " " + s.organisation() + " " + s.role() + " " + s.email());
        for (String word : fold(q).split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }
}
