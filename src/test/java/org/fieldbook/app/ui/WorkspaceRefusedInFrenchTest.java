package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.notice;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 11 item 6 on File ▸ Open workspace…: every refusal of a workspace is said in the window's language — the
 * address's mistakes, a server that does not answer, a missing folder — with no English word from the English bundles
 * (the window said "Impossible d’ouvrir … : Cannot open the database …: The connection attempt failed").
 */
@WindowTest(french = true)
class WorkspaceRefusedInFrenchTest {
    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Path folder;

    @Test
    void everyRefusalIsInFrench(FxRobot robot) throws Exception {
        Set<String> englishOnly = FrenchEverywhereTest.englishOnlyWords();
        robot.interact(() -> window.setWorkspaces(new Workspaces(folder.resolveSibling("last.txt"), folder.resolveSibling("own"))));
        List<List<String>> cases = List.of(
                List.of("postgresql://127.0.0.1:1/fbdb", "ne répond pas"),
                List.of("postgresql://db.office", "ne nomme aucune base"),
                List.of("postgresql:///fbdb", "ne nomme aucun serveur"),
                List.of("postgresql://ana:secret@db.office/fbdb", "mot de passe"),
                List.of("postgresql://db.office/fbdb?colour=blue", "inconnue"),
                List.of(folder.resolveSibling("nowhere").toString(), "n’existe pas"));
        for (List<String> c : cases) {
            robot.interact(() -> window.switchWorkspace(c.get(0)));
            waitFor(c.get(0), () -> notice(robot).startsWith("Impossible d’ouvrir") && notice(robot).contains(c.get(1)));
            String said = notice(robot);
            // the address and the option names the driver knows are data, not words of the window
            String words = said.replaceAll("postgresql://\\S*", " ").replace(c.get(0), " ").replaceAll("options connues : [^)]*", " ");
            for (String w : FrenchEverywhereTest.words(words)) {
                assertTrue(!englishOnly.contains(w), "English word '" + w + "' in: " + said);
            }
            assertTrue(said.contains("reste ouvert"), said);
        }
    }
}
