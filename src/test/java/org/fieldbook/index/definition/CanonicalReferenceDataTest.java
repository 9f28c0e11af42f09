package org.fieldbook.index.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldbook.index.sample.SampleReader;
import org.fieldbook.support.CanonicalJson;
import org.junit.jupiter.api.Test;

/**
 * The bundled questionnaire and sample statistics are written the same way by every process: a JVM iterates
 * {@code Map.copyOf} maps in its own random order, so without a canonical form each workspace stored different bytes
 * (and a different hash) for the same file, and the first exchange showed conflicts on reference data.
 */
class CanonicalReferenceDataTest {
    @Test
    void everyProcessWritesTheSameBytes() throws Exception {
        Set<String> outputs = new HashSet<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 4; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CanonicalJsonChild.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertEquals(2, out.strip().lines().count(), out);
            outputs.add(out);
        }
        outputs.add(QuestionnaireRepository.sha256(DefinitionReader.toJson(DefinitionReader.sample())) + System.lineSeparator()
                + QuestionnaireRepository.sha256(SampleReader.toJson(SampleReader.demo())) + System.lineSeparator());
        assertEquals(1, outputs.size(), "one stored form in every process: " + outputs);
    }

    @Test
    void theStoredFormHasSortedKeys() {
        String json = DefinitionReader.toJson(DefinitionReader.sample());
        assertEquals(CanonicalJson.canonical(json), json);
        assertTrue(json.indexOf("\"areas\"") < json.indexOf("\"id\""), "keys sorted");
        String reordered = "{\"b\":1.50,\"a\":{\"z\":[2,1],\"y\":\"é\"}}";
        assertEquals("{\"a\":{\"y\":\"é\",\"z\":[2,1]},\"b\":1.5}", CanonicalJson.canonical(reordered));
    }

    @Test
    void aDefinitionStoredByAnOlderVersionIsRecognisedAsTheSameContent(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (org.fieldbook.app.Services s = org.fieldbook.TestWorkspace.open(dir)) {
            QuestionnaireDefinition sample = DefinitionReader.sample();
            // As an older version stored it: the same content with its keys in another order, under another hash.
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) org.fieldbook.TestJson.tree(DefinitionReader.toJson(sample));
            var reversed = org.fieldbook.TestJson.MAPPER.createObjectNode();
            List<String> names = new java.util.ArrayList<>();
            tree.fieldNames().forEachRemaining(names::add);
            java.util.Collections.reverse(names);
            names.forEach(n -> reversed.set(n, tree.get(n)));
            s.store().db().write(c -> org.fieldbook.store.Sql.update(c, "UPDATE questionnaire SET definition=?, sha256=? WHERE id=?",
                    reversed.toString(), "0".repeat(64), sample.id()));
            assertEquals(QuestionnaireRepository.LoadResult.ALREADY_LOADED, s.index().questionnaires().load(sample));
        }
    }
}
