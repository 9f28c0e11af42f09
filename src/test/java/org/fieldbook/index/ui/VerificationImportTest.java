package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.WorkspaceScreenTest;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A visit without answers: the empty state, a refused file that changes nothing, then a good import. */
class VerificationImportTest extends WorkspaceScreenTest {
    private Visit visit;
    private VerificationView view;

    @Override
    public void start(Stage stage) throws Exception {
        openWorkspace("fieldbook-vi", null);
        services.index().questionnaires().load(TestDefinitions.tiny());
        visit = TestWorkspace.visit(services, "Emptyville");
        view = VerificationScreen.show(stage, services, visit.id(), "fr", 1000, 700);
    }

    @AfterEach
    void close() {
        view.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        VerificationScreen.waitUntil(view, condition);
    }

    @Test
    void importsFromTheEmptyState() throws Exception {
        VerificationViewModel vm = view.viewModel();
        waitUntil(() -> vm.noAnswersProperty().get());
        assertTrue(lookup("#noAnswers").tryQuery().isPresent(), "the empty state explains what to do");
        assertTrue(lookup("#importAnswersEmpty").tryQuery().isPresent());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a3\", \"value\": 140}]}");
        interact(() -> vm.importAnswers(bad));
        waitUntil(() -> !vm.errorProperty().get().isEmpty());
        // the view is in French: the refusal is explained in French
        assertTrue(vm.errorProperty().get().startsWith("Rien n'a été importé de bad.json"), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("question a3 : 140 est hors de la plage permise (de 0 à 100)"),
                vm.errorProperty().get());
        assertTrue(services.index().answers().questionnaireOf(visit.id()).isEmpty(), "nothing imported");

        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"},"
                + " {\"question\": \"a2\", \"value\": \"largely\"}]}");
        interact(() -> vm.importAnswers(good));
        try {
            waitUntil(() -> vm.rows().size() == 8 && vm.assessmentProperty().get() != null);
        } catch (Exception e) {
            throw new AssertionError("rows " + vm.rows().size() + " error " + vm.errorProperty().get() + " message " + vm.messageProperty().get(), e);
        }
        assertEquals("", vm.errorProperty().get());
        assertTrue(lookup("#questionTable").tryQuery().isPresent(), "the verification list replaces the empty state");
        assertEquals("Domaine A", vm.rows().get(0).areaTitle(), "French titles");
        assertEquals("Oui", vm.rows().get(0).cityAnswer());
        Path export = dir.resolve("out.xlsx");
        interact(() -> vm.export(export));
        waitUntil(() -> Files.exists(export) && export.equals(vm.writtenProperty().get()));
        assertTrue(Files.size(export) > 3000);
    }
}
