package org.fieldbook.note.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.fieldbook.area.IndexArea;
import org.fieldbook.support.ui.I18n;

/**
 * One toggle chip per INDEX area (from the catalogue, not an enum), kept in step with the note's areas. Each chip keeps
 * one width whether ticked or not (the widest its label can be drawn), so ticking never re-flows the rows and the next
 * click lands on the chip the person aimed at.
 */
final class AreaChips extends FlowPane {
    private final I18n i18n;
    private final NoteEditorModel model;
    private final Map<String, ToggleButton> chips = new HashMap<>();

    AreaChips(I18n i18n, NoteEditorModel model) {
        super(6, 6);
        this.i18n = i18n;
        this.model = model;
        setId("areaChips");
        model.areas().addListener((SetChangeListener<String>) c -> {
            ToggleButton chip = chips.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
            if (chip != null) {
                chip.setSelected(model.areas().contains((String) chip.getUserData()));
            }
        });
    }

    /** Gives a chip one size in every state: its label's width in bold (the widest state) and one height, with padding and border. */
    static void fixWidth(ToggleButton chip) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(chip.getText());
        javafx.scene.text.Font base = javafx.scene.text.Font.getDefault();
        probe.setFont(javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, 12));
        double width = Math.ceil(probe.getLayoutBounds().getWidth()) + 2 * 10 + 2 * 2 + 6;
        chip.setMinWidth(width);
        chip.setPrefWidth(width);
        chip.setMaxWidth(width);
        // the ticked style draws a border the unticked one has not: one height for both, or the rows below move
        double height = Math.ceil(probe.getLayoutBounds().getHeight()) + 2 * 3 + 2 * 1 + 2;
        chip.setMinHeight(height);
        chip.setPrefHeight(height);
        chip.setMaxHeight(height);
    }

    void setAreas(List<IndexArea> areas) {
        if (chips.size() == areas.size() && areas.stream().allMatch(a -> chips.containsKey(a.id()))) {
            return;
        }
        chips.clear();
        getChildren().clear();
        for (IndexArea a : areas) {
            ToggleButton chip = new ToggleButton(a.title(i18n.locale()));
            fixWidth(chip);
            chip.setId("area-chip-" + a.id());
            chip.getStyleClass().add("area-chip");
            chip.setUserData(a.id());
            // Tab reaches every chip and Space toggles it (ToggleButton's own key binding); screen readers name
            // each as a toggle with its area and on/off state
            chip.setFocusTraversable(true);
            chip.setAccessibleRole(javafx.scene.AccessibleRole.TOGGLE_BUTTON);
            chip.setAccessibleText(i18n.t("a11y.areaChip", a.title(i18n.locale())));
            chip.setSelected(model.areas().contains(a.id()));
            chip.setOnAction(e -> {
                if (chip.isSelected()) {
                    model.areas().add(a.id());
                } else {
                    model.areas().remove(a.id());
                }
            });
            chips.put(a.id(), chip);
            getChildren().add(chip);
        }
    }
}
