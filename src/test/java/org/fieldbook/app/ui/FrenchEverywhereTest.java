package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * French is complete: the window in French walks every screen, dialog and error message it can reach, and every text
 * shown (labels, buttons, menus, columns, prompts, tooltips, screen-reader texts) is checked against the words of the
 * English bundles. A word that only English uses (it appears in an English value and in no French value) fails the
 * test with where it was seen. General: a new English string shown in the French window is caught without listing it.
 */
@WindowTest(french = true)
public class FrenchEverywhereTest {
    @TempDir
    static Path dir;

    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    private final List<String> problems = new ArrayList<>();
    private Set<String> englishOnly;

    /** Names and codes that read the same in both languages. Keep this short. */
    private static final Set<String> SAME_IN_BOTH = Set.of("fieldbook", "index", "icc", "word", "markdown", "ctrl", "shift",
            "alt", "enter", "esc", "json", "xlsx", "docx", "csv", "pdf", "fbz", "bagit", "sqlite", "javafx", "atlantafx",
            "ok", "email", "e-mail", "instance",
            // French words that English strings also use
            "leadership", "national");

    @Test
    void everyScreenDialogAndMessageIsFrench(FxRobot robot) throws Exception {
        englishOnly = englishOnlyWords();
        assertTrue(englishOnly.contains("meeting") && englishOnly.contains("settings"), "the English vocabulary was read");

        check("écran de départ", robot);
        City city = services.cities().create(new City(null, "Villeneuve-sur-Lot", "France", 48_000L, 11.0, 6.0, 2.0,
                "français, arabe", "Ville fictive au bord de la rivière."));
        Visit v = services.visits().create(new Visit(null, city.id(), java.time.LocalDate.of(2026, 3, 19),
                java.time.LocalDate.of(2026, 3, 20), VisitMode.IN_PERSON, VisitStatus.UNDER_WAY,
                List.of(new TeamMember("Ana Ruiz", TeamMember.EXPERT))));
        Stakeholder maire = services.stakeholders().create(new Stakeholder(null, city.id(), "Claire Martin", "Mairie", "Maire",
                org.fieldbook.stakeholder.StakeholderCategory.values()[0], "", "", false));
        Meeting m = services.meetings().create(new Meeting(null, v.id(), v.start(), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(10, 0), "Rencontre avec la maire", "Mairie", MeetingFormat.MEETING));
        services.meetings().addAttendee(m.id(), maire.id());
        services.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "La médiathèque prête des livres",
                null, "", List.of("education")));
        showVisit(robot, window, v.id(), "visite affichée");

        for (int tab = 0; tab < 7; tab++) {
            int index = tab;
            robot.interact(() -> window.showTab(index));
            Thread.sleep(700);
            check("onglet " + (tab + 1), robot);
        }
        robot.interact(window::showTrash);
        check("corbeille", robot);
        robot.interact(window::showInbox);
        Thread.sleep(500);
        check("réception", robot);
        robot.interact(window::showComparison);
        Thread.sleep(500);
        check("comparaison", robot);

        // dialogs, each closed with Escape
        dialog(robot, window::newVisit, "nouvelle visite");
        dialog(robot, window::showSettings, "paramètres");
        dialog(robot, window::showAbout, "à propos");
        dialog(robot, window::showShortcuts, "raccourcis");
        dialog(robot, window::openWorkspace, "ouvrir un espace de travail");
        showVisit(robot, window, v.id(), "visite");
        dialog(robot, window::editVisit, "modifier la visite");
        dialog(robot, window::deleteVisit, "supprimer la visite");
        dialog(robot, window::search, "recherche");

        // a form refused: the messages under the fields
        Platform.runLater(window::newVisit);
        waitFor("dialogue", () -> Window.getWindows().size() > 1);
        Thread.sleep(300);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Thread.sleep(300);
        check("visite refusée", robot);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Thread.sleep(300);

        // errors: a damaged bundle, an undo with nothing to undo
        Path bad = dir.resolve("abîmé.fbz");
        Files.write(bad, new byte[] {1, 2, 3, 4});
        robot.interact(() -> window.openBundle(bad));
        Thread.sleep(1500);
        check("paquet abîmé", robot);
        closeDialogs(robot);
        robot.interact(window::undo);
        Thread.sleep(300);
        check("rien à annuler", robot);

        // the store refusing an undo (another window undid it first): its message as the inbox would show it
        org.fieldbook.support.Texts texts = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, Locale.FRENCH);
        try {
            services.sync().imports().undoLast();
            problems.add("undo with no import did not refuse");
        } catch (RuntimeException refused) {
            checkText("annulation refusée", texts.t("status.failed", texts.problem(refused)));
        }
        assertTrue(problems.isEmpty(), problems.size() + " English text(s) in the French window:\n  " + String.join("\n  ", problems));
    }

    private void dialog(FxRobot robot, Runnable open, String where) throws Exception {
        int before = Window.getWindows().size();
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        check(where, robot);
        closeDialogs(robot);
    }

    private void closeDialogs(FxRobot robot) throws Exception {
        for (int i = 0; i < 3 && Window.getWindows().stream().filter(Window::isShowing).count() > 1; i++) {
            Window top = Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).orElseThrow();
            robot.targetWindow(top);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200);
        }
    }

    /** Checks the text of every showing window. */
    private void check(String where, FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    collect(w.getScene().getRoot(), out);
                }
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
        Set<String> seen = new HashSet<>();
        for (String t : texts) {
            for (String word : words(t)) {
                if (englishOnly.contains(word) && seen.add(word + t)) {
                    problems.add(where + ": \"" + word + "\" in \"" + t.replace('\n', ' ') + "\"");
                }
            }
        }
    }

    private void checkText(String where, String t) {
        for (String word : words(t)) {
            if (englishOnly.contains(word)) {
                problems.add(where + ": \"" + word + "\" in \"" + t.replace('\n', ' ') + "\"");
            }
        }
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if ("aboutLicences".equals(n.getId())) {
            // third-party libraries' names and licence names are names, not Fieldbook's text (the headers are checked)
            ((TableView<?>) n).getColumns().forEach(c -> columns(c, out));
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl t) {
            out.add(t.getPromptText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            out.add(c.getTooltip().getText());
        }
        out.add(n.getAccessibleText());
        out.add(n.getAccessibleHelp());
        if (n instanceof TabPane tp) {
            tp.getTabs().forEach(t -> out.add(t.getText()));
        }
        if (n instanceof TableView<?> tv) {
            tv.getColumns().forEach(c -> columns(c, out));
        }
        if (n instanceof MenuBar mb) {
            mb.getMenus().forEach(menu -> items(menu, out));
        }
        // what a text field or area holds is data (a name typed, a key fingerprint), not the window's words: its prompt,
        // tooltip and accessible texts are checked above, its content is not
        if (n instanceof Parent p && !(n instanceof TextInputControl)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        }
    }

    private static void columns(TableColumnBase<?, ?> c, List<String> out) {
        out.add(c.getText());
        c.getColumns().forEach(x -> columns(x, out));
    }

    private static void items(MenuItem item, List<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> items(i, out));
        }
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // a file path is the person's own, not text of the window
        String shown = text.replace("_", "").replaceAll("\\S*[/\\\\]\\S*", " ");
        for (String w : shown.split("[^\\p{L}'-]+")) {
            String word = w.toLowerCase(Locale.ROOT).replaceAll("^['-]+|['-]+$", "");
            if (word.length() >= 3) {
                out.add(word);
            }
        }
        return out;
    }

    /** Words of the English bundles that no French bundle uses (and not names shared by both languages). */
    public static Set<String> englishOnlyWords() throws IOException {
        Set<String> english = new LinkedHashSet<>();
        Set<String> french = new HashSet<>();
        Path resources = Path.of("src", "main", "resources", "org", "fieldbook");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("messages")
                    && p.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Set<String> into = f.getFileName().toString().equals("messages_fr.properties") ? french : english;
                for (String value : p.stringPropertyNames().stream().map(p::getProperty).toList()) {
                    // placeholders and choice formats are not words
                    into.addAll(words(value.replaceAll("\\{[^}]*}", " ")));
                }
            }
        }
        english.removeAll(french);
        english.removeAll(SAME_IN_BOTH);
        return english;
    }
}
