package org.fieldbook.stakeholder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.visit.ui.VisitDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form says what is wrong with a field as the person leaves it, not only on Save: "call me" in the phone field of a
 * stakeholder, a population typed as words in the visit form. The message goes once the value is put right, and
 * Save still refuses a wrong value.
 */
@ExtendWith(ApplicationExtension.class)
class FormErrorsOnLeaveTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private static Label error(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    @Test
    void stakeholderContactsAreCheckedAsTheFieldIsLeft(FxRobot robot) {
        I18n i18n = new I18n(Locale.ENGLISH);
        StakeholderDialog[] d = new StakeholderDialog[1];
        robot.interact(() -> {
            d[0] = new StakeholderDialog(stage, i18n, "city-1", null);
            d[0].show();
        });
        assertEquals("+33 3 88 41 20 00", robot.lookup("#stakeholderPhone").<javafx.scene.control.TextField>query().getPromptText());
        robot.clickOn("#stakeholderPerson").write("Rosa Martínez");
        robot.clickOn("#stakeholderPhone").write("call me");
        assertFalse(error(robot, "phoneError").isVisible(), "not while typing");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error(robot, "phoneError").isVisible(), "shown as the field is left");
        assertEquals(i18n.t("error.phone"), error(robot, "phoneError").getText());
        assertFalse(error(robot, "emailError").isVisible(), "the e-mail field was not visited yet");

        robot.clickOn("#stakeholderEmail").write("rosa at ville");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error(robot, "emailError").isVisible());

        // Save refuses while a value is wrong
        robot.clickOn("#stakeholderSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d[0].isShowing(), "the dialog stays open");

        // put right: the messages go as the fields are left
        robot.interact(() -> {
            robot.lookup("#stakeholderPhone").<javafx.scene.control.TextField>query().setText("+33 3 88 41 20 00");
            robot.lookup("#stakeholderEmail").<javafx.scene.control.TextField>query().setText("rosa.martinez@ville.example");
        });
        robot.clickOn("#stakeholderPhone");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error(robot, "phoneError").isVisible());
        assertFalse(error(robot, "emailError").isVisible());
        robot.clickOn("#stakeholderSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(d[0].isShowing(), "saved");
    }

    @Test
    void theVisitFormSaysAWrongPopulationAsItIsLeft(FxRobot robot) {
        I18n i18n = new I18n(Locale.FRENCH);
        robot.interact(() -> new VisitDialog(stage, i18n, List.of(), null, null).show());
        robot.clickOn("#population").write("beaucoup");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error(robot, "populationError").isVisible());
        assertEquals(i18n.t("error.population"), error(robot, "populationError").getText());
        robot.interact(() -> robot.lookup("#population").<javafx.scene.control.TextField>query().setText("182 400"));
        robot.clickOn("#population");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error(robot, "populationError").isVisible());
        robot.type(KeyCode.ESCAPE);
    }
}
