package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.focused;
import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fieldbook.ManyVisits;
import org.fieldbook.app.Services;
import org.fieldbook.visit.VisitStatus;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The sidebar's finder on 1,000 visits: typing a city (without its accent) narrows the list and the count, the year and
 * status choices narrow it further, Ctrl+Shift+F and Down move between the field and the list, and letters typed in the
 * list jump to the next city starting with them.
 */
@WindowTest
class VisitFinderWindowTest {
    static final int VISITS = 1000;
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @WindowTest.BeforeWindow
    void seed() {
        ManyVisits.seed(services, VISITS);
    }

    @SuppressWarnings("unchecked")
    private static ListView<VisitSummary> list(FxRobot robot) {
        return (ListView<VisitSummary>) robot.lookup("#visitList").query();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#visitCount").queryAs(Label.class).getText();
    }

    private static List<String> cities(FxRobot robot) {
        return list(robot).getItems().stream().map(VisitSummary::city).toList();
    }

    /** Picks the entry of the drop-down {@code query} shown as {@code label}. */
    private static void choose(FxRobot robot, String query, String label) {
        ComboBox<?> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> {
            for (int i = 0; i < box.getItems().size(); i++) {
                if (box.getItems().get(i).toString().equals(label)) {
                    box.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError(label + " not offered in " + query + ": " + box.getItems());
        });
    }

    private static String selectedCity(FxRobot robot) {
        VisitSummary v = list(robot).getSelectionModel().getSelectedItem();
        return v == null ? null : v.city();
    }

    @Test
    void findsAVisitAmongAThousand(FxRobot robot) {
        waitFor("1,000 visits listed", () -> list(robot).getItems().size() == VISITS && window.currentVisit() != null);
        assertEquals("1,000 visits", count(robot));
        ComboBox<?> years = robot.lookup("#visitYear").queryAs(ComboBox.class);
        assertEquals("All years", years.getValue().toString());
        assertEquals(List.of("All years", "2026", "2025", "2024", "2023", "2022", "2021", "2020"),
                years.getItems().stream().map(Object::toString).toList());

        // Ctrl+Shift+F, then a city typed without its accent
        robot.targetWindow(window.stage());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitFor("search field focused", () -> focused(robot, "#visitSearch"));
        robot.write("geneve");
        waitFor("three Genève visits", () -> list(robot).getItems().size() == 3);
        assertEquals(List.of("Genève", "Genève", "Genève"), cities(robot));
        assertEquals("3 of 1,000 visits", count(robot));

        // the year, then the status
        choose(robot, "#visitYear", "2025");
        assertEquals(List.of(LocalDate.of(2025, 5, 6)), list(robot).getItems().stream().map(VisitSummary::start).toList());
        assertEquals("1 of 1,000 visits", count(robot));
        choose(robot, "#visitYear", "All years");
        choose(robot, "#visitStatusFilter", "Planned");
        assertEquals(List.of(LocalDate.of(2026, 9, 1)), list(robot).getItems().stream().map(VisitSummary::start).toList());
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).clear());
        long planned = services.visits().summaries().stream().filter(v -> v.status() == VisitStatus.PLANNED).count();
        assertEquals(planned, list(robot).getItems().size());
        assertTrue(list(robot).getItems().stream().allMatch(v -> v.status() == VisitStatus.PLANNED));
        assertEquals(String.format(java.util.Locale.ENGLISH, "%,d of 1,000 visits", planned), count(robot));
        choose(robot, "#visitStatusFilter", "Done");
        choose(robot, "#visitYear", "2023");
        long done2023 = services.visits().summaries().stream()
                .filter(v -> v.status() == VisitStatus.DONE && v.start().getYear() == 2023).count();
        assertEquals(done2023, list(robot).getItems().size());
        assertTrue(list(robot).getItems().stream().anyMatch(v -> v.city().equals("Gdańsk")));

        // a city that matches nothing: an empty list and a count of 0
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).setText("zurich"));
        assertEquals(0, list(robot).getItems().size());
        assertEquals("0 of 1,000 visits", count(robot));

        // the selected visit stays selected while it still matches
        choose(robot, "#visitYear", "All years");
        choose(robot, "#visitStatusFilter", "All statuses");
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).setText("gen"));
        waitFor("three Genève visits", () -> list(robot).getItems().size() == 3);
        // Down from the field goes into the list (and selects its first visit)
        robot.clickOn("#visitSearch");
        keys(robot, KeyCode.DOWN);
        waitFor("list focused", () -> focused(robot, "#visitList"));
        assertEquals("Genève", selectedCity(robot));
        VisitSummary chosen = list(robot).getSelectionModel().getSelectedItem();
        waitFor("that visit shown", () -> window.currentVisit() != null && window.currentVisit().visitId().equals(chosen.id()));
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).setText("suisse"));
        assertTrue(list(robot).getItems().size() > 3);
        assertEquals(chosen.id(), list(robot).getSelectionModel().getSelectedItem().id(), "still selected");

        // type-ahead, sorted by city: G goes to Gdańsk, G-E on to Genève, T to the first town
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).clear());
        choose(robot, "#visitSort", "City A–Z");
        assertEquals("1,000 visits", count(robot));
        assertEquals("Gdańsk", list(robot).getItems().get(0).city());
        robot.interact(() -> {
            list(robot).getSelectionModel().select(VISITS - 1);
            list(robot).requestFocus();
        });
        waitFor("list focused", () -> focused(robot, "#visitList"));
        robot.write("g");
        waitFor("Gdańsk selected", () -> "Gdańsk".equals(selectedCity(robot)));
        assertTrue(focused(robot, "#visitList"), "the focus stays in the list");
        robot.sleep(1200);
        // after a pause the letters start again: G-E, typed together, goes past the two Gdańsk visits to Genève
        robot.write("ge");
        waitFor("Genève selected", () -> "Genève".equals(selectedCity(robot)));
        assertEquals(2, list(robot).getSelectionModel().getSelectedIndex());
        robot.sleep(1200);
        robot.write("t");
        waitFor("Town 000 selected", () -> "Town 000".equals(selectedCity(robot)));
        VisitSummary town = list(robot).getSelectionModel().getSelectedItem();
        waitFor("the town's visit is shown", () -> window.currentVisit() != null
                && window.currentVisit().visitId().equals(town.id()));

        // a visit opened from elsewhere that the filters hide: the filters clear so that it shows, selected
        robot.interact(() -> robot.lookup("#visitSearch").queryAs(TextField.class).setText("geneve"));
        choose(robot, "#visitYear", "2025");
        assertEquals("1 of 1,000 visits", count(robot));
        robot.interact(() -> window.reloadVisits(town.id()));
        waitFor("filters cleared", () -> list(robot).getItems().size() == VISITS);
        assertEquals("", robot.lookup("#visitSearch").queryAs(TextField.class).getText());
        assertEquals("All years", robot.lookup("#visitYear").queryAs(ComboBox.class).getValue().toString());
        assertEquals(town.id(), list(robot).getSelectionModel().getSelectedItem().id());
        assertEquals("1,000 visits", count(robot));
    }
}
