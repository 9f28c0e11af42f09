package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.store.FailingWrites;
import org.fieldbook.support.ui.OneVisitFxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A verification the store refused: the person is told, it is written by the next save, and the rows keep refreshing. */
class VerificationSaveFailureTest extends OneVisitFxTest {
    private QuestionnaireDefinition def;
    private VerificationViewModel vm;

    @Override
    protected String city() {
        return "Refuseville";
    }

    @BeforeEach
    void open() throws Exception {
        IndexDemo.populate(services.index(), services.notes(), visit.id());
        def = services.index().questionnaires().require(services.index().answers().questionnaireOf(visit.id()).orElseThrow());
        interact(() -> {
            vm = new VerificationViewModel(services.index(), services.search(), services.attachments(), visit.id(), background, "en");
            vm.load();
        });
        waitFor(() -> vm.rows().size() > 3 && vm.assessmentProperty().get() != null);
    }

    private VerificationStatus stored(QuestionRow row) {
        Map<String, Verification> all = services.index().verifications().forVisit(visit.id(), def);
        return all.containsKey(row.id()) ? all.get(row.id()).status() : VerificationStatus.NOT_CHECKED;
    }

    private List<QuestionRow> unchecked() {
        return vm.rows().stream().filter(r -> !r.status().checked()).toList();
    }

    @Test
    void aRefusedSaveIsToldKeptAndWrittenByTheNextSave() throws Exception {
        QuestionRow refused = unchecked().get(0);
        QuestionRow next = unchecked().get(1);
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "index_verification")) {
            interact(() -> vm.setStatus(refused, VerificationStatus.CONFIRMED));
            waitFor(() -> vm.errorProperty().get().contains(FailingWrites.MESSAGE));
            assertEquals(VerificationStatus.NOT_CHECKED, stored(refused));
        }
        // the screen still shows what the person chose, not the stored status
        assertEquals(VerificationStatus.CONFIRMED, refused.status());
        interact(() -> vm.setStatus(next, VerificationStatus.COULD_NOT_VERIFY));
        waitFor(() -> stored(next) == VerificationStatus.COULD_NOT_VERIFY);
        waitFor(() -> stored(refused) == VerificationStatus.CONFIRMED);
        waitFor(() -> vm.errorProperty().get().isEmpty());
    }

    @Test
    void rowsKeepRefreshingAfterARefusedSave() throws Exception {
        QuestionRow refused = unchecked().get(0);
        QuestionRow elsewhere = unchecked().get(1);
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "index_verification")) {
            interact(() -> vm.setStatus(refused, VerificationStatus.CONFIRMED));
            waitFor(() -> vm.errorProperty().get().contains(FailingWrites.MESSAGE));
        }
        // another device (or the command line) changes a verification; the next load shows it
        services.index().verifications().save(visit.id(), def.id(),
                new Verification(elsewhere.id(), VerificationStatus.CORRECTED, null, "From the other laptop", List.of()));
        interact(() -> vm.load());
        waitFor(() -> !vm.loadingProperty().get());
        waitFor(() -> elsewhere.status() == VerificationStatus.CORRECTED);
        assertEquals("From the other laptop", elsewhere.rationaleProperty().get());
        assertTrue(refused.status().checked(), "the refused choice is still on screen until it is written");
    }
}
