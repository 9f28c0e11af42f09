package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: takes screenshots of every screen for a person to look at. Runs only with
 * {@code -Dfieldbook.screens=DIR} (and {@code -Dfieldbook.screens.size=1366x768}, {@code -Dfieldbook.screens.lang=fr}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTour {
    private static final String DIR = System.getProperty("fieldbook.screens");

    private static final String[] SIZE = System.getProperty("fieldbook.screens.size", "1280x800").split("x");

    /** The window in the language and at the size asked for on the command line. */
    @RegisterExtension
    final WindowTestExtension opened = new WindowTestExtension(
            "fr".equals(System.getProperty("fieldbook.screens.lang")) ? Locale.FRENCH : Locale.ENGLISH,
            Integer.parseInt(SIZE[0]), Integer.parseInt(SIZE[1]));

    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Stage stage;

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name, Scene scene) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of(DIR).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DIR != null, "screenshots only on request");
        waitFor(() -> present(robot, "#emptyState"));
        shot("01-empty", stage.getScene());
        robot.clickOn("#emptyNewVisit");
        waitFor(() -> present(robot, "#cityName"));
        robot.clickOn("#cityName").write("Lyon");
        robot.clickOn("#population").write("half a million");
        robot.clickOn("#visitSave");
        waitFor(() -> present(robot, "#populationError"));
        shot("02-visit-dialog-error", robot.lookup("#cityName").query().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        String visitId = seed();
        robot.interact(() -> window.reloadVisits(visitId));
        waitFor(() -> present(robot, "#overviewPane") || present(robot, "#agendaList"));
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(0));
        waitFor(() -> present(robot, "#overviewAreaSummary"));
        shot("03-overview", stage.getScene());
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(1));
        Meeting first = services.meetings().forVisit(visitId).get(1);
        robot.interact(() -> window.currentVisit().openMeeting(first.id()));
        waitFor(() -> present(robot, "#takeNotes"));
        shot("04-programme", stage.getScene());
        robot.clickOn("#meetingEdit");
        waitFor(() -> present(robot, "#meetingTitle"));
        shot("05-meeting-dialog", robot.lookup("#meetingTitle").query().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#takeNotes");
        waitFor(() -> first.id().equals(window.currentVisit().notesPane().model().meetingId()));
        robot.clickOn("#kind-quote");
        robot.clickOn("#area-chip-welcoming");
        robot.clickOn("#noteText").write("\"We want every newcomer to feel **at home** from day one.\"\n\n- welcome desk\n- buddy scheme");
        waitFor(() -> present(robot, "#saveState"));
        Thread.sleep(1200);
        shot("06-notes", stage.getScene());
        robot.clickOn("#previewToggle");
        shot("07-notes-preview", stage.getScene());
        robot.clickOn("#noteDelete");
        waitFor(() -> present(robot, "#undoButton"));
        shot("08-undo-bar", stage.getScene());
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(3));
        waitFor(() -> present(robot, "#stakeholderTable"));
        shot("09-stakeholders", stage.getScene());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor(() -> present(robot, "#searchField"));
        robot.clickOn("#searchField").write("ecole");
        Thread.sleep(800);
        waitFor(() -> true);
        shot("10-search", robot.lookup("#searchField").query().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#sidebarTrash");
        waitFor(() -> present(robot, "#trashTable"));
        Thread.sleep(500);
        shot("11-trash", stage.getScene());
        robot.interact(() -> window.loadDemo());
        waitFor(() -> services.visits().summaries().size() == 2 && window.currentVisit() != null
                && window.currentVisit().data() != null && window.currentVisit().data().meetings().size() > 10);
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(1));
        Meeting demoMeeting = window.currentVisit().data().meetings().get(2);
        robot.interact(() -> window.currentVisit().openMeeting(demoMeeting.id()));
        waitFor(() -> present(robot, "#takeNotes"));
        Thread.sleep(500);
        shot("12-demo-programme", stage.getScene());
        robot.interact(() -> window.currentVisit().openNotes(demoMeeting.id(), null));
        waitFor(() -> demoMeeting.id().equals(window.currentVisit().notesPane().model().meetingId()));
        robot.interact(() -> robot.lookup("#noteList").<javafx.scene.control.ListView<Note>>query().getSelectionModel().select(0));
        Thread.sleep(800);
        shot("13-demo-notes", stage.getScene());
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(0));
        Thread.sleep(500);
        shot("14-demo-overview", stage.getScene());
        robot.interact(() -> window.showTab(4));
        waitFor(() -> present(robot, "#questionTable"));
        Thread.sleep(1500);
        shot("15-verification", stage.getScene());
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitFor(() -> present(robot, "#cityAnswer"));
        shot("16-verification-question", stage.getScene());
        robot.interact(() -> window.showTab(5));
        waitFor(() -> present(robot, "#profileSections"));
        Thread.sleep(1500);
        shot("17-profile", stage.getScene());
        robot.interact(window::showInbox);
        Thread.sleep(800);
        shot("18-inbox", stage.getScene());
        javafx.application.Platform.runLater(window::showSettings);
        waitFor(() -> present(robot, "#settingsTheme"));
        shot("19-settings", robot.lookup("#settingsTheme").query().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(window::showAbout);
        waitFor(() -> present(robot, "#aboutLicences"));
        shot("20-about", robot.lookup("#aboutLicences").query().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // The office comparison screen, with a few fictional past results beside the demo visit's
        var d = org.fieldbook.index.definition.DefinitionReader.sample();
        StringBuilder csv = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
        d.areas().forEach(a -> csv.append(',').append(a.id()));
        csv.append('\n');
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 12; i++) {
            for (String date : List.of("2018", "2022")) {
                csv.append("Tourcity ").append((char) ('A' + i)).append(i % 3 == 0 ? ",Fictionland," : ",Otherland,").append(d.id())
                        .append(',').append(date).append(',').append(60_000 + 40_000 * i).append(',').append(5 + 2 * i);
                for (var a : d.areas()) {
                    csv.append(',').append(a.optional() ? "" : String.valueOf(30 + rnd.nextInt(60)));
                }
                csv.append('\n');
            }
        }
        java.nio.file.Path past = java.nio.file.Files.createTempFile("tour-results", ".csv");
        java.nio.file.Files.writeString(past, csv.toString());
        services.index().results().importFile(past);
        robot.interact(window::showComparison);
        waitFor(() -> present(robot, "#cmpTable") && !robot.lookup("#cmpTable").<javafx.scene.control.TableView<?>>query().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#cmpTable").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(3));
        Thread.sleep(800);
        shot("21-comparison", stage.getScene());
        robot.interact(() -> robot.lookup("#cmpCharts").<TabPane>query().getSelectionModel().select(1));
        Thread.sleep(500);
        shot("22-comparison-groups", stage.getScene());
        robot.interact(() -> robot.lookup("#cmpCharts").<TabPane>query().getSelectionModel().select(2));
        Thread.sleep(800);
        shot("23-comparison-progress", stage.getScene());
    }

    private String seed() {
        City city = services.cities().create(new City(null, "Neuville-sur-Lac", "Fictionland", 184_300L, 21.5, 12.0, 4.0,
                "French, Arabic, Portuguese", "A fictional lakeside city with a long history of labour migration."));
        Visit v = services.visits().create(new Visit(null, city.id(), java.time.LocalDate.of(2026, 3, 19),
                java.time.LocalDate.of(2026, 3, 20), VisitMode.IN_PERSON, VisitStatus.UNDER_WAY,
                List.of(new TeamMember("Ana Ruiz", TeamMember.EXPERT), new TeamMember("Tom Berg", TeamMember.EXPERT),
                        new TeamMember("Eva Klein", TeamMember.REPRESENTATIVE))));
        String[][] people = {
                {"Claire Martin", "City of Neuville", "Mayor", "CITY_LEADERSHIP"},
                {"Karim Benali", "Maison des Associations", "Coordinator", "MIGRANT_ASSOCIATION"},
                {"Sofia Pereira", "École Jean-Jaurès", "Head teacher", "EDUCATION"},
                {"", "Neuville Police", "Community liaison", "POLICE_JUSTICE"},
                {"Lucas Moreau", "Le Courrier du Lac", "Journalist", "MEDIA"}};
        List<Stakeholder> directory = new java.util.ArrayList<>();
        for (String[] p : people) {
            directory.add(services.stakeholders().create(new Stakeholder(null, city.id(), p[0], p[1], p[2],
                    StakeholderCategory.valueOf(p[3]), "", "", p[0].length() % 2 == 0)));
        }
        Object[][] meetings = {
                {0, 9, 0, 10, 0, "Welcome by the mayor", "City hall, room 2", MeetingFormat.MEETING, new int[] {0}},
                {0, 10, 30, 12, 0, "Civil society round table on newcomers' first steps", "Maison des Associations",
                        MeetingFormat.GROUP_SESSION, new int[] {1, 3}},
                {0, 14, 0, 15, 30, "Visit of the Bellevue neighbourhood", "Bellevue", MeetingFormat.SITE_VISIT, new int[] {}},
                {1, 9, 0, 10, 0, "Schools and language support", "École Jean-Jaurès", MeetingFormat.MEETING, new int[] {2}},
                {1, 16, 0, 17, 0, "Press debriefing", "City hall", MeetingFormat.PRESS, new int[] {4}}};
        for (Object[] m : meetings) {
            Meeting saved = services.meetings().create(new Meeting(null, v.id(), v.start().plusDays((int) m[0]),
                    LocalTime.of((int) m[1], (int) m[2]), LocalTime.of((int) m[3], (int) m[4]), (String) m[5], (String) m[6],
                    (MeetingFormat) m[7]));
            for (int i : (int[]) m[8]) {
                services.meetings().addAttendee(saved.id(), directory.get(i).id());
            }
            services.notes().save(new Note(null, v.id(), saved.id(), NoteKind.OBSERVATION,
                    "Observed during " + saved.title() + ": the école offers French classes for parents.", null, "",
                    List.of("education", "language")));
            services.notes().save(new Note(null, v.id(), saved.id(), NoteKind.GOOD_PRACTICE,
                    "A buddy scheme pairs newcomers with long-time residents.", null, "", List.of("welcoming")));
        }
        return v.id();
    }
}
