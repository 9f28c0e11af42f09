package org.fieldbook.visit.ui;

import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitForm;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.fieldbook.support.ui.Converters;
import org.fieldbook.support.ui.FormGrid;
import org.fieldbook.support.ui.I18n;

/**
 * New or edit visit: pick an existing city (its facts can be corrected) or describe a new one, then dates,
 * mode, team and status. OK only closes when everything is valid; errors show next to their fields.
 */
public final class VisitDialog extends Dialog<VisitForm.Result> {
    private final ComboBox<City> city = new ComboBox<>();
    private final TextField cityName = field("cityName");
    private final TextField country = field("country");
    private final TextField population = field("population");
    private final TextField foreignBorn = field("foreignBornPct");
    private final TextField foreignResidents = field("foreignResidentsPct");
    private final TextField minorities = field("minoritiesPct");
    private final TextField languages = field("languages");
    private final TextArea context = new TextArea();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final ComboBox<VisitMode> mode = new ComboBox<>(FXCollections.observableArrayList(VisitMode.values()));
    private final ComboBox<VisitStatus> status = new ComboBox<>(FXCollections.observableArrayList(VisitStatus.values()));
    private final TextField experts = field("experts");
    private final TextField representative = field("representative");
    private final FormGrid form = new FormGrid();
    private final java.util.Locale locale;

    /** {@code existing} null for a new visit; {@code cities} the known cities. */
    public VisitDialog(Window owner, I18n i18n, List<City> cities, Visit existing, City existingCity) {
        initOwner(owner);
        this.locale = i18n.locale();
        org.fieldbook.support.ui.Theme.apply(getDialogPane());
        setTitle(i18n.t(existing == null ? "visit.new.title" : "visit.edit.title"));
        setHeaderText(i18n.t(existing == null ? "visit.new.header" : "visit.edit.header"));
        setResizable(true);
        City newCity = new City(null, i18n.t("visit.city.new"), "", null, null, null, null, "", "");
        List<City> choices = new ArrayList<>();
        choices.add(newCity);
        choices.addAll(cities);
        city.setItems(FXCollections.observableArrayList(choices));
        city.setId("citySelect");
        city.setMaxWidth(Double.MAX_VALUE);
        city.setConverter(Converters.showing(c -> c.id() == null ? c.name()
                : c.name() + (c.country().isEmpty() ? "" : " (" + c.country() + ")")));
        city.valueProperty().addListener((o, a, c) -> fillCity(c));
        context.setId("cityContext");
        context.setPrefRowCount(3);
        context.setWrapText(true);
        start.setConverter(i18n.dates());
        end.setConverter(i18n.dates());
        start.setId("startDate");
        end.setId("endDate");
        mode.setId("mode");
        status.setId("status");
        mode.setConverter(i18n.labels());
        status.setConverter(i18n.labels());
        experts.setPromptText(i18n.t("visit.experts.prompt"));

        form.section(i18n.t("visit.section.city"));
        form.add("city", i18n.t("visit.city"), city);
        form.add("cityName", i18n.t("city.name"), cityName);
        form.add("country", i18n.t("city.country"), country);
        form.add("population", i18n.t("city.population"), population);
        form.add("foreignBornPct", i18n.t("city.foreignBorn"), foreignBorn);
        form.add("foreignResidentsPct", i18n.t("city.foreignResidents"), foreignResidents);
        form.add("minoritiesPct", i18n.t("city.minorities"), minorities);
        form.add("languages", i18n.t("city.languages"), languages);
        form.add("context", i18n.t("city.context"), context);
        form.section(i18n.t("visit.section.visit"));
        form.add("start", i18n.t("visit.start"), start);
        form.add("end", i18n.t("visit.end"), end);
        form.add("mode", i18n.t("visit.mode"), mode);
        form.add("experts", i18n.t("visit.experts"), experts);
        form.add("representative", i18n.t("visit.representative"), representative);
        form.add("status", i18n.t("visit.status"), status);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(scroll);
        Button ok = org.fieldbook.support.ui.DialogButtons.saveCancel(getDialogPane(), i18n, "visitSave");
        ok.setDefaultButton(true);

        String visitId = existing == null ? null : existing.id();
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            VisitForm.Result r = form().validate(visitId);
            form.clearErrors();
            r.errors().forEach((field, key) -> form.setError(field, i18n.t(key)));
            if (!r.ok()) {
                e.consume();
            }
        });
        setResultConverter(b -> b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? loadedRevisions(form().validate(visitId), existing)
                : null);
        form.checkOnLeave(() -> words(i18n, form().validate(visitId).errors()));

        if (existing == null) {
            city.setValue(newCity);
            LocalDate today = LocalDate.now();
            start.setValue(today);
            end.setValue(today.plusDays(1));
            mode.setValue(VisitMode.IN_PERSON);
            status.setValue(VisitStatus.PLANNED);
        } else {
            city.setValue(choices.stream().filter(c -> existingCity != null && existingCity.id().equals(c.id())).findFirst()
                    .orElse(newCity));
            start.setValue(existing.start());
            end.setValue(existing.end());
            mode.setValue(existing.mode());
            status.setValue(existing.status());
            experts.setText(existing.team().stream().filter(m -> TeamMember.EXPERT.equals(m.role())).map(TeamMember::name)
                    .collect(Collectors.joining(", ")));
            representative.setText(existing.team().stream().filter(m -> TeamMember.REPRESENTATIVE.equals(m.role()))
                    .map(TeamMember::name).findFirst().orElse(""));
        }
        org.fieldbook.support.ui.FirstFocus.on(this, () -> city.getValue() != null && city.getValue().id() == null ? cityName : start.getEditor());
    }

    private void fillCity(City c) {
        boolean isNew = c == null || c.id() == null;
        cityName.setText(isNew ? "" : c.name());
        country.setText(isNew ? "" : c.country());
        population.setText(isNew || c.population() == null ? ""
                : org.fieldbook.support.LenientNumbers.formatForEditing(c.population(), locale, 0));
        foreignBorn.setText(isNew ? "" : pct(c.foreignBornPct()));
        foreignResidents.setText(isNew ? "" : pct(c.foreignResidentsPct()));
        minorities.setText(isNew ? "" : pct(c.minoritiesPct()));
        languages.setText(isNew ? "" : c.languages());
        context.setText(isNew ? "" : c.context());
    }

    private String pct(Double d) {
        return d == null ? "" : org.fieldbook.support.LenientNumbers.formatForEditing(d, locale, 2);
    }

    /** The result with the revisions the dialog loaded (the visit's and the chosen city's): an edit starts from them. */
    private VisitForm.Result loadedRevisions(VisitForm.Result r, Visit existing) {
        if (!r.ok()) {
            return r;
        }
        City chosen = city.getValue();
        City c = chosen != null && chosen.id() != null && chosen.id().equals(r.city().id()) ? r.city().withRevision(chosen.revision())
                : r.city();
        return new VisitForm.Result(r.errors(), c, existing == null ? r.visit() : r.visit().withRevision(existing.revision()));
    }

    /** What the fields hold now. */
    public VisitForm form() {
        City c = city.getValue();
        return new VisitForm(c == null ? null : c.id(), cityName.getText(), country.getText(), population.getText(),
                foreignBorn.getText(), foreignResidents.getText(), minorities.getText(), languages.getText(),
                context.getText(), start.getValue() != null ? start.getValue() : parse(start), end.getValue() != null
                        ? end.getValue() : parse(end), mode.getValue(), status.getValue(), experts.getText(),
                representative.getText());
    }

    private static LocalDate parse(DatePicker p) {
        try {
            return p.getConverter().fromString(p.getEditor().getText());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static Optional<VisitForm.Result> ask(Window owner, I18n i18n, List<City> cities, Visit existing, City city) {
        return new VisitDialog(owner, i18n, cities, existing, city).showAndWait();
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    /** Problems by field, in words. */
    private static java.util.Map<String, String> words(I18n i18n, java.util.Map<String, String> keys) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        keys.forEach((field, key) -> out.put(field, i18n.t(key)));
        return out;
    }
}
