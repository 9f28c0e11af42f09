package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.Services;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The retention rule runs when the window opens: the contact details of a city whose last visit closed more than N
 * years ago (N as the office set it, here 3) are removed and a notice says so; Settings shows the rule with that N.
 */
@WindowTest
class RetentionAtStartupTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    private String person;

    @WindowTest.BeforeWindow
    void seed() {
        City c = services.cities().create(City.named("Oldtown", "Testland"));
        LocalDate end = LocalDate.now().minusYears(4);
        services.visits().create(new Visit(null, c.id(), end.minusDays(1), end, VisitMode.IN_PERSON, VisitStatus.DONE,
                List.of(new TeamMember("Test Expert", TeamMember.EXPERT))));
        person = services.stakeholders().create(new Stakeholder(null, c.id(), "Ana Retained", "Club", "Chair",
                StakeholderCategory.CIVIL_SOCIETY, "ana@oldtown.example", "+00 555 02 02", true)).id();
        services.retention().setYears(3);
    }

    @Test
    void theRuleRunsAtStartUpWithANoticeAndSettingsShowIt(FxRobot robot) {
        waitFor("retention notice", () -> present(robot, "#notificationMessage")
                && robot.lookup("#notificationMessage").<Label>query().getText().startsWith("Retention rule"));
        String notice = robot.lookup("#notificationMessage").<Label>query().getText();
        assertTrue(notice.contains("1 person") && notice.contains("3 years") && notice.contains("Oldtown"), notice);
        Stakeholder s = services.stakeholders().find(person).orElseThrow();
        assertEquals("", s.email());
        assertEquals("", s.phone());
        assertEquals("Ana Retained", s.person());

        keys(robot, KeyCode.CONTROL, KeyCode.COMMA);
        waitFor("settings", () -> present(robot, "#settingsRetention"));
        String rule = robot.lookup("#settingsRetention").<Label>query().getText();
        assertTrue(rule.contains("removed 3 years after"), rule);
        keys(robot, KeyCode.ESCAPE);
    }
}
