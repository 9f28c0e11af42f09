package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.WorkspaceScreenTest;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.EvidenceLink;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The verification flow: statuses, a correction, a linked note, next-unchecked key, progress and scores. */
class VerificationViewTest extends WorkspaceScreenTest {
    private Visit visit;
    private VerificationView view;
    private QuestionnaireDefinition def;

    @Override
    public void start(Stage stage) throws Exception {
        openWorkspace("fieldbook-vv", null);
        visit = TestWorkspace.visit(services, "Viewville");
        services.notes().save(new Note(null, visit.id(), null, NoteKind.OBSERVATION,
                "The welcome desk at city hall opened in 2024 and serves newcomers in six languages", null, "", List.of("welcoming")));
        IndexDemo.populate(services.index(), services.notes(), visit.id());
        def = services.index().questionnaires().require(services.index().answers().questionnaireOf(visit.id()).orElseThrow());
        view = VerificationScreen.show(stage, services, visit.id(), "en", 1200, 780);
    }

    @AfterEach
    void close() throws Exception {
        view.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        VerificationScreen.waitUntil(view, condition);
    }

    private Map<String, Verification> stored() {
        return services.index().verifications().forVisit(visit.id(), def);
    }

    @Test
    void expertWalksThroughTheVerification() throws Exception {
        FxRobot robot = this;
        VerificationViewModel vm = view.viewModel();
        waitUntil(() -> vm.rows().size() == 58 && vm.assessmentProperty().get() != null);
        int checkedBefore = vm.checkedTotalProperty().get();
        assertEquals("" + checkedBefore + " of 58 checked", robot.lookup("#progressLabel").queryAs(Label.class).getText());

        // next unchecked on F8
        robot.clickOn("#questionTable");
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        QuestionRow first = vm.selectedProperty().get();
        assertEquals(VerificationStatus.NOT_CHECKED, first.status());

        // confirm it: progress goes up at once, and the status is stored
        robot.clickOn("#status-confirmed");
        waitUntil(() -> stored().containsKey(first.id()) && stored().get(first.id()).status() == VerificationStatus.CONFIRMED);
        assertEquals(checkedBefore + 1, vm.checkedTotalProperty().get());
        AreaProgress area = vm.progress().stream().filter(p -> p.areaId().equals(first.areaId())).findFirst().orElseThrow();
        assertTrue(area.checked() >= 1);

        // the next F8 moves on to another unchecked question
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(first, vm.selectedProperty().get());
        assertEquals(VerificationStatus.NOT_CHECKED, vm.selectedProperty().get().status());

        // correct a yes/no answer to "No": verified score drops
        QuestionRow yes = vm.rows().stream().filter(r -> r.question().type().id().equals("yes_no") && r.cityAnswer().equals("Yes")
                && !r.status().checked()).findFirst().orElseThrow();
        double verifiedBefore = vm.assessmentProperty().get().score().overallVerified();
        double selfBefore = vm.assessmentProperty().get().score().overallSelf();
        robot.interact(() -> vm.selectedProperty().set(yes));
        robot.clickOn("#status-corrected");
        robot.clickOn("#verifiedChoice");
        robot.clickOn("No");
        robot.clickOn("#rationale").write("No adopted document was shown.");
        robot.clickOn("#evidenceSearch").write("welcome desk");
        waitUntil(() -> !vm.candidates().isEmpty());
        // a note taken meanwhile (in the Notes tab) is found once the store says it changed, without retyping
        int before = vm.candidates().size();
        services.notes().save(new org.fieldbook.note.Note(null, visit.id(), null, org.fieldbook.note.NoteKind.OBSERVATION,
                "A second welcome desk opened at the station.", null, "", java.util.List.of()));
        robot.interact(view::storeChanged);
        waitUntil(() -> vm.candidates().stream().anyMatch(c -> c.text().contains("second welcome desk")));
        assertTrue(vm.candidates().size() > before);
        robot.interact(() -> robot.lookup("#evidenceResults").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#linkEvidence");
        waitUntil(() -> yes.links().size() == 1);
        Verification v = stored().get(yes.id());
        assertEquals(VerificationStatus.CORRECTED, v.status());
        assertEquals(AnswerValue.choice("no"), v.verifiedValue());
        assertEquals("No adopted document was shown.", v.rationale(), "rationale saved when focus left it");
        assertEquals(EvidenceLink.NOTE, v.links().get(0).targetType());
        assertTrue(yes.links().get(0).text().contains("welcome desk"), yes.links().get(0).text());
        waitUntil(() -> vm.assessmentProperty().get().score().overallVerified() < verifiedBefore);
        assertEquals(selfBefore, vm.assessmentProperty().get().score().overallSelf(), 1e-9, "self-assessed score unchanged");
        // at 1200 px the scores start folded beside the question's detail: open them
        robot.clickOn("#scoresToggle");
        BarChart<?, ?> chart = robot.lookup("#scoresChart").queryAs(BarChart.class);
        assertEquals(3, chart.getData().size(), "self, verified and sample mean");
        assertTrue(robot.lookup("#overallLabel").queryAs(Label.class).getText().contains("rank"));
        javafx.scene.layout.GridPane numbers = robot.lookup("#scoresTable").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(5 * (1 + 17 + 1), numbers.getChildren().size(), "header, one row per area, the index");

        // filters: only corrected questions of the area
        robot.interact(() -> {
            vm.areaFilterProperty().set(yes.areaId());
            vm.statusFilterProperty().set(VerificationStatus.CORRECTED);
        });
        TableView<?> table = robot.lookup("#questionTable").queryAs(TableView.class);
        assertTrue(table.getItems().stream().allMatch(r -> ((QuestionRow) r).areaId().equals(yes.areaId())));
        assertTrue(table.getItems().contains(yes));
        assertTrue(robot.lookup("#areaFilter").queryAs(ComboBox.class).getValue() != null);
    }
}
