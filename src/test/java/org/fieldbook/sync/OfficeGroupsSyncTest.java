package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.fieldbook.TestJson;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.results.AreaMapping;
import org.fieldbook.index.results.SampleGroups;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.imports.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's groups of similar cities and its area mapping are office data: they travel in bundles so a laptop
 * groups and maps as the office does, changes and removals included, and the bundle validator checks their records.
 */
class OfficeGroupsSyncTest {
    private static final ObjectMapper JSON = TestJson.MAPPER;

    static final String GROUPS = """
            {"groups": [
              {"id": "big", "dimension": "population", "over": 500000, "label": {"en": "cities over 500,000", "fr": "villes de plus de 500 000"}},
              {"id": "diverse", "dimension": "foreign_born", "over": 20, "upTo": 100, "label": {"en": "over 20% foreign-born"}},
              {"id": "iberia", "dimension": "country", "countries": ["PT", "ES"], "label": {"en": "Iberian cities"}},
              {"id": "own-country", "dimension": "country", "label": {"en": "cities in {0}"}}
            ]}""";
    static final String MAPPING = """
            {"mappings": [
              {"from": "icc-2011", "to": "icc-index-revised-sample-1", "areas": {"business_labour_market": "business", "old_only": null}},
              {"from": "icc-2015", "to": "icc-index-revised-sample-1", "areas": {"governance": "leadership_citizenship"}}
            ]}""";

    @TempDir
    Path dir;

    private static SampleGroups groups(String json) {
        return SampleGroups.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static AreaMapping mapping(String json) {
        return AreaMapping.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void groupsAndMappingTravelToTheLaptopWithTheirChangesAndRemovals() throws Exception {
        Path first = dir.resolve("first.fbz");
        Path second = dir.resolve("second.fbz");
        String visitId;
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            office.index().results().saveGroups(groups(GROUPS));
            office.index().results().saveMapping(mapping(MAPPING));
            assertEquals(groups(GROUPS), office.index().results().groups(), "saved as records, read back in order");
            assertEquals(mapping(MAPPING), office.index().results().mapping());
            visitId = TestWorkspace.visit(office, "Sampleton").id();
            SyncFixture.exportVisit(office, visitId, first);
        }
        try (Services expert = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            assertEquals(SampleGroups.defaults(), expert.index().results().groups(), "before any bundle: the defaults");
            assertEquals(AreaMapping.defaults(), expert.index().results().mapping());
            assertTrue(SyncFixture.importTrusted(expert, first).applied());
            assertEquals(groups(GROUPS), expert.index().results().groups(), "the office's groups, in the office's order");
            assertEquals(mapping(MAPPING), expert.index().results().mapping());
        }
        String changedGroups = GROUPS.replace("\"over\": 500000", "\"over\": 400000")
                .replace("{\"id\": \"diverse\", \"dimension\": \"foreign_born\", \"over\": 20, \"upTo\": 100, \"label\": {\"en\": \"over 20% foreign-born\"}},", "");
        String changedMapping = MAPPING.replace("\"business_labour_market\": \"business\", ", "")
                .replace("\"governance\": \"leadership_citizenship\"", "\"governance\": null");
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            office.index().results().saveGroups(groups(changedGroups));
            office.index().results().saveMapping(mapping(changedMapping));
            assertEquals(3, office.index().results().groups().groups().size());
            SyncFixture.exportVisit(office, visitId, second);
        }
        try (Services expert = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            assertTrue(SyncFixture.importTrusted(expert, second).applied());
            assertEquals(groups(changedGroups), expert.index().results().groups(), "a threshold changed, a group removed");
            assertEquals(mapping(changedMapping), expert.index().results().mapping(), "an area pair removed, one without counterpart");
            assertEquals(400000.0, expert.index().results().groups().groups().get(0).over());
        }
    }

    @Test
    void theBundleValidatorChecksGroupAndMappingRecords() throws Exception {
        Path good = dir.resolve("good.fbz");
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            office.index().results().saveGroups(groups(GROUPS));
            office.index().results().saveMapping(mapping(MAPPING));
            SyncFixture.exportVisit(office, TestWorkspace.visit(office, "Sampleton").id(), good);
        }
        Map<String, byte[]> payload = BundleForge.payload(good);
        var info = BundleForge.info(good);
        var key = new WorkspaceKeys(dir.resolve("office").resolve("keys")).signing();
        String groupFile = "data/records/index_sample_group.json";
        String mappingFile = "data/records/index_area_mapping.json";
        assertEquals(4, JSON.readTree(payload.get(groupFile)).size(), "every group travels");
        assertEquals(3, JSON.readTree(payload.get(mappingFile)).size(), "one record per mapped area");

        Path size = forged(payload, info, key, groupFile, "size.fbz", g -> g.put("dimension", "size"));
        refused(size, "index_sample_group record big: field dimension has 'size', which is not one of: population, foreign_born, country");
        Path negative = forged(payload, info, key, groupFile, "negative.fbz", g -> g.put("over_value", -5.0));
        refused(negative, "index_sample_group record big: field over_value is -5, below its minimum 0");
        Path label = forged(payload, info, key, groupFile, "label.fbz", g -> g.put("label", "cities over 500,000"));
        refused(label, "index_sample_group record big: field label has 'cities over 500,000', which is not JSON");
        Path badId = forged(payload, info, key, groupFile, "id.fbz", g -> g.put("id", "../big"));
        refused(badId, "field id has '../big', which is not an id");
        Path area = forged(payload, info, key, mappingFile, "area.fbz", m -> m.put("to_area", "Business & Labour"));
        refused(area, "field to_area has a value of 17 characters that is not in the expected form");
        Path edition = forged(payload, info, key, mappingFile, "edition.fbz", m -> m.put("from_questionnaire", "icc 2011"));
        refused(edition, "field from_questionnaire has 'icc 2011', which is not an id");
    }

    private Path forged(Map<String, byte[]> payload, org.fieldbook.sync.bag.BagInfo info, java.security.KeyPair key, String file,
                        String name, Consumer<ObjectNode> change) throws Exception {
        ArrayNode records = (ArrayNode) JSON.readTree(payload.get(file));
        ObjectNode record = (ObjectNode) records.get(0);
        for (var r : records) {
            if (r.path("id").asText().equals("big")) {
                record = (ObjectNode) r;
            }
        }
        change.accept(record);
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put(file, JSON.writeValueAsBytes(records));
        return BundleForge.signedBag(dir.resolve(name), files, info, key, m -> { });
    }

    private void refused(Path bundle, String expected) {
        try (Services expert = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            String before = SyncFixture.dumpChecksum(expert);
            BundleRejected e = assertThrows(BundleRejected.class,
                    () -> expert.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE));
            assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(expert), "the workspace is unchanged");
            assertEquals(SampleGroups.defaults(), expert.index().results().groups());
        }
    }
}
