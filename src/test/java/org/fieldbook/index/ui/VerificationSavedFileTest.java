package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.support.ui.Exports;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The answers template and the verification workbook end with where the file is, with Open and Show in folder (issue 11). */
class VerificationSavedFileTest extends ApplicationTest {
    private Path dir;
    private Services services;
    private VerificationView view;
    private final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("fieldbook-vsaved");
        services = TestWorkspace.open(dir);
        services.index().questionnaires().load(TestDefinitions.tiny());
        Visit visit = TestWorkspace.visit(services, "Emptyville");
        view = new VerificationView(services.index(), services.search(), services.attachments(), visit.id(), "fr",
                org.fieldbook.support.ui.SidePanes.Memory.inMemory(), null, Exports.inMemory(dir).withOpener(opened::add));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        view.close();
        services.close();
    }

    private String where() {
        return lookup("#savedFileWhere").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void templateAndWorkbookSayWhereTheyAre() throws Exception {
        VerificationViewModel vm = view.viewModel();
        VerificationScreen.waitUntil(view, () -> vm.noAnswersProperty().get());
        assertTrue(lookup("#savedFile").tryQuery().map(n -> !n.isVisible()).orElse(true), "nothing said before a file is written");

        Path out = dir.resolve("sub");
        Files.createDirectories(out);
        Path template = out.resolve("index-answers.xlsx");
        interact(() -> vm.writeTemplate(template));
        VerificationScreen.waitUntil(view, () -> Files.exists(template) && !where().isEmpty());
        assertEquals("index-answers.xlsx enregistré dans " + out.toAbsolutePath(), where());
        assertTrue(lookup("#savedFile").query().isVisible());
        clickOn("#savedFileOpen");
        clickOn("#savedFileShow");
        assertEquals(java.util.List.of(template, out.toAbsolutePath()), opened);

        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"}]}");
        interact(() -> vm.importAnswers(good));
        VerificationScreen.waitUntil(view, () -> vm.assessmentProperty().get() != null);
        Path workbook = out.resolve("verification.xlsx");
        interact(() -> vm.export(workbook));
        VerificationScreen.waitUntil(view, () -> Files.exists(workbook) && where().startsWith("verification.xlsx"));
        assertEquals("verification.xlsx enregistré dans " + out.toAbsolutePath(), where());
    }
}
