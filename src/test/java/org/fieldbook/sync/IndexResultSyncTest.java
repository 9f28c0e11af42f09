package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.results.IndexResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's INDEX results travel in bundles: the expert can compare offline, the office receives the visit's result. */
class IndexResultSyncTest {
    @TempDir
    Path dir;

    @Test
    void resultsGoOutToTheExpertAndTheVisitsResultComesBack() throws Exception {
        Path toExpert = dir.resolve("to-expert.fbz");
        Path toOffice = dir.resolve("to-office.fbz");
        String visitId;
        List<IndexResult> held;
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            Path csv = dir.resolve("past.csv");
            Files.writeString(csv, "city,country,questionnaire,date,population,commitment,education,neighbourhoods,public_services,"
                    + "business,cultural_social_life,public_space,mediation,language,media,international_outlook,"
                    + "intelligence_competence,welcoming,leadership_citizenship,anti_discrimination\n"
                    + "Oldtown,PT,icc-index-revised-sample-1,2018,120000,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50\n"
                    + "Newtown,PT,icc-index-revised-sample-1,2020,320000,70,70,70,70,70,70,70,70,70,70,70,70,70,70,70\n");
            office.index().results().importFile(csv);
            IndexDemo.populate(office.index(), office.notes(), TestWorkspace.visit(office, "Otherville").id());
            held = office.index().results().list();
            assertEquals(3, held.size(), "two imported, one from a visit the expert will not hold");
            visitId = TestWorkspace.visit(office, "Sampleton").id();
            SyncFixture.exportVisit(office, visitId, toExpert);
        }
        try (Services expert = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            assertTrue(SyncFixture.importTrusted(expert, toExpert).applied());
            assertEquals(held, expert.index().results().list(), "every result, as the office holds it");
            assertEquals(0, expert.index().results().refreshVisits(), "Otherville's result stays: its visit is not here to re-score");
            assertEquals(held, expert.index().results().list());
            IndexDemo.populate(expert.index(), expert.notes(), visitId);
            assertEquals(4, expert.index().results().list().size(), "the visit's own result beside them");
            SyncFixture.exportVisit(expert, visitId, toOffice);
        }
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(office, toOffice).applied());
            List<IndexResult> now = office.index().results().list();
            assertEquals(4, now.size(), "nothing of the office's was deleted by the round trip");
            IndexResult fromVisit = now.stream().filter(r -> visitId.equals(r.visitId())).findFirst().orElseThrow();
            assertEquals(0, office.index().results().refreshVisits(), "the office scores the same result from the same answers");
            assertEquals(fromVisit, office.index().results().list().stream().filter(r -> visitId.equals(r.visitId())).findFirst().orElseThrow());
        }
    }
}
