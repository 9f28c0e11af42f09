package org.fieldbook.stakeholder.ui;

import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.fieldbook.support.ui.FormGrid;
import org.fieldbook.support.ui.I18n;

/** Add or edit one entry of the city's stakeholder directory. */
public final class StakeholderDialog extends Dialog<Stakeholder> {
    private final TextField person = new TextField();
    private final TextField organisation = new TextField();
    private final TextField role = new TextField();
    private final ComboBox<StakeholderCategory> category = new ComboBox<>(FXCollections.observableArrayList(StakeholderCategory.values()));
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final CheckBox consent = new CheckBox();

    public StakeholderDialog(Window owner, I18n i18n, String cityId, Stakeholder existing) {
        initOwner(owner);
        org.fieldbook.support.ui.Theme.apply(getDialogPane());
        setTitle(i18n.t(existing == null ? "stakeholder.new.title" : "stakeholder.edit.title"));
        setHeaderText(i18n.t("stakeholder.header"));
        person.setId("stakeholderPerson");
        organisation.setId("stakeholderOrganisation");
        role.setId("stakeholderRole");
        category.setId("stakeholderCategory");
        category.setMaxWidth(Double.MAX_VALUE);
        category.setConverter(i18n.labels());
        consent.setText(i18n.t("stakeholder.consent.long"));
        consent.setId("stakeholderConsent");
        FormGrid form = new FormGrid();
        form.add("person", i18n.t("stakeholder.person"), person);
        form.add("organisation", i18n.t("stakeholder.organisation"), organisation);
        form.add("role", i18n.t("stakeholder.role"), role);
        form.add("category", i18n.t("stakeholder.category"), category);
        form.add("email", i18n.t("stakeholder.email"), email);
        form.add("phone", i18n.t("stakeholder.phone"), phone);
        form.add("consent", i18n.t("stakeholder.consent"), consent);
        form.setPrefWidth(520);
        getDialogPane().setContent(form);
        Button ok = org.fieldbook.support.ui.DialogButtons.saveCancel(getDialogPane(), i18n, "stakeholderSave");
        email.setId("stakeholderEmail");
        phone.setId("stakeholderPhone");
        email.setPromptText(i18n.t("stakeholder.email.prompt"));
        phone.setPromptText(i18n.t("stakeholder.phone.prompt"));
        form.checkOnLeave(() -> problems(i18n));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            form.clearErrors();
            java.util.Map<String, String> problems = problems(i18n);
            problems.forEach(form::setError);
            if (!problems.isEmpty()) {
                e.consume();
            }
        });
        if (existing != null) {
            person.setText(existing.person());
            organisation.setText(existing.organisation());
            role.setText(existing.role());
            category.setValue(existing.category());
            email.setText(existing.email());
            phone.setText(existing.phone());
            consent.setSelected(existing.namedConsent());
        } else {
            category.setValue(StakeholderCategory.OTHER);
        }
        setResultConverter(b -> b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? new Stakeholder(existing == null ? null : existing.id(), cityId, person.getText(),
                organisation.getText(), role.getText(), category.getValue(), email.getText(), phone.getText(),
                consent.isSelected(), existing == null ? 0 : existing.revision()) : null); // an edit starts from the version loaded
        org.fieldbook.support.ui.FirstFocus.on(this, () -> person);
    }

    public static Optional<Stakeholder> ask(Window owner, I18n i18n, String cityId, Stakeholder existing) {
        return new StakeholderDialog(owner, i18n, cityId, existing).showAndWait();
    }

    /** What would stop the save, by field, in words. */
    private java.util.Map<String, String> problems(I18n i18n) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (person.getText().isBlank() && organisation.getText().isBlank()) {
            out.put("person", i18n.t("error.personOrOrganisation"));
        }
        if (!org.fieldbook.stakeholder.ContactChecks.emailOk(email.getText())) {
            out.put("email", i18n.t("error.email"));
        }
        if (!org.fieldbook.stakeholder.ContactChecks.phoneOk(phone.getText())) {
            out.put("phone", i18n.t("error.phone"));
        }
        return out;
    }
}
