package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The visit's scores show the groups of similar cities that fit the city, not only the whole sample. */
class ScoresGroupsTest extends ApplicationTest {
    private Services services;
    private VerificationView view;
    private String visitId;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("fieldbook-groups");
        services = TestWorkspace.open(dir);
        Visit v = TestWorkspace.visit(services, "Groupville");
        City c = services.cities().find(v.cityId()).orElseThrow();
        services.cities().update(new City(c.id(), c.name(), c.country(), 250_000L, 22.0, null, null, "", ""));
        IndexDemo.populate(services.index(), services.notes(), v.id());
        visitId = v.id();
        view = VerificationScreen.show(stage, services, v.id(), "en", 1200, 780);
    }

    @AfterEach
    void close() {
        view.close();
        services.close();
    }

    @Test
    void groupsAreShownWithTheirMeans() throws Exception {
        // at 1200 px the scores start folded beside the question's detail: open them
        interact(() -> lookup("#scoresToggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        Label groups = lookup("#groupsLabel").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !groups.getText().isEmpty());
        SampleComparison c = services.index().assessments().require(visitId).comparison();
        assertEquals(3, c.groups().size(), "the whole sample, a population group and a diversity group fit");
        var big = c.groups().get(1);
        assertTrue(groups.getText().startsWith("Groups of similar cities: " + big.label("en") + ", mean "), groups.getText());
        assertTrue(groups.getText().contains(c.groups().get(2).label("en")), groups.getText());
        assertTrue(groups.getText().contains("(" + big.overall().count() + " cities)"), groups.getText());
    }
}
