package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.fieldbook.TestJson;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.sample.SampleReader;
import org.fieldbook.index.sample.SampleStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office sends sample statistics to experts in the same bundles as everything else. */
class SampleStatisticsSyncTest {
    private static final ObjectMapper JSON = TestJson.MAPPER;

    @TempDir
    Path dir;

    @Test
    void sampleStatisticsLoadedAtTheOfficeArriveInTheExpertsWorkspace() throws Exception {
        Path bundle = dir.resolve("to-expert.fbz");
        String visitId;
        SampleStatistics sent = SampleReader.demo();
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            office.index().samples().save(sent);
            visitId = TestWorkspace.visit(office, "Sampleton").id();
            SyncFixture.exportVisit(office, visitId, bundle);
        }
        try (Services expert = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            assertTrue(expert.index().samples().current().isEmpty(), "a new workspace has no sample");
            assertTrue(SyncFixture.importTrusted(expert, bundle).applied());
            SampleStatistics received = expert.index().samples().current().orElseThrow();
            assertEquals(sent.id(), received.id());
            // Compared as JSON trees: the area maps have no fixed key order.
            assertEquals(JSON.readTree(SampleReader.toJson(sent)), JSON.readTree(SampleReader.toJson(received)));
            assertTrue(expert.visits().find(visitId).isPresent());
        }
    }
}
