package org.fieldbook.index.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.area.AreaCatalog;
import org.fieldbook.area.IndexArea;
import org.fieldbook.index.TestDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionTest {
    @TempDir
    Path dir;

    @Test
    void sampleHasTheRevisedAreasInOrderWithThreeToSixQuestionsEach() {
        QuestionnaireDefinition d = DefinitionReader.sample();
        assertTrue(d.sample());
        assertTrue(d.title("en").contains("SAMPLE"));
        List<IndexArea> revised = AreaCatalog.bundled();
        assertEquals(revised.stream().map(IndexArea::id).toList(), d.areas().stream().map(AreaDefinition::id).toList());
        for (AreaDefinition a : d.areas()) {
            int n = d.questionsOf(a.id()).size();
            assertTrue(n >= 3 && n <= 6, a.id() + " has " + n + " questions");
            assertEquals(List.of("participation", "interaction").contains(a.id()), a.optional(), a.id());
        }
        for (QuestionDefinition q : d.questions()) {
            assertFalse(q.text("fr").isBlank(), q.id());
            assertFalse(q.text("fr").equals(q.text("en")) && q.text("en").length() > 20, q.id() + " is not translated");
        }
        assertTrue(d.questions().stream().map(QuestionDefinition::type).distinct().count() == QuestionType.values().length,
                "every answer form appears");
    }

    @Test
    void validationNamesEachProblem() {
        String json = new String(TestDefinitions.tinyBytes(), StandardCharsets.UTF_8)
                .replace("\"area\": \"b\", \"type\": \"free_text\"", "\"area\": \"zz\", \"type\": \"free_text\"")
                .replace("\"id\": \"o2\"", "\"id\": \"o1\"")
                .replace("\"type\": \"number\", \"integer\": true", "\"type\": \"number\", \"options\": [{\"id\": \"k\", \"label\": {\"en\": \"K\"}, \"points\": 1}], \"integer\": true");
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> DefinitionReader.parse(json.getBytes(StandardCharsets.UTF_8), "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json:"), e.getMessage());
        assertTrue(e.problems().contains("question 'b2' is in unknown area 'zz'"), e.problems().toString());
        assertTrue(e.problems().contains("duplicate question id 'o1'"), e.problems().toString());
        assertTrue(e.problems().contains("question 'a4' is a number question but has options"), e.problems().toString());
        DefinitionException unknownField = assertThrows(DefinitionException.class,
                () -> DefinitionReader.parse("{\"id\": \"x\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8), "f.json"));
        assertTrue(unknownField.getMessage().contains("unknown field 'colour'"), unknownField.getMessage());
        assertThrows(DefinitionException.class, () -> DefinitionReader.parse("not json".getBytes(StandardCharsets.UTF_8), "g"));
    }

    @Test
    void loadedDefinitionIsImmutableAndANewEditionIsANewId() {
        try (Services s = TestWorkspace.open(dir)) {
            QuestionnaireRepository repo = s.index().questionnaires();
            assertEquals(List.of(DefinitionReader.sample().id()), repo.ids(), "the sample is loaded into a new workspace");
            QuestionnaireDefinition tiny = TestDefinitions.tiny();
            assertEquals(QuestionnaireRepository.LoadResult.LOADED, repo.load(tiny));
            assertEquals(QuestionnaireRepository.LoadResult.ALREADY_LOADED, repo.load(TestDefinitions.tiny()));
            QuestionnaireDefinition changed = new QuestionnaireDefinition(tiny.id(), "changed", tiny.title(), true,
                    tiny.languages(), tiny.areas(), tiny.questions().subList(0, tiny.questions().size() - 1));
            DefinitionConflictException e = assertThrows(DefinitionConflictException.class, () -> repo.load(changed));
            assertTrue(e.getMessage().contains("'tiny-1' is already loaded with different content"), e.getMessage());
            assertEquals(8, repo.require("tiny-1").questions().size(), "the stored definition did not change");
            QuestionnaireDefinition edition2 = new QuestionnaireDefinition("tiny-2", "second", Map.of("en", "Tiny 2"), true,
                    changed.languages(), changed.areas(), changed.questions());
            assertEquals(QuestionnaireRepository.LoadResult.LOADED, repo.load(edition2));
            assertEquals(3, repo.ids().size());
        }
        try (Services s = TestWorkspace.open(dir)) {
            assertEquals(8, s.index().questionnaires().require("tiny-1").questions().size(), "read back after reopening");
            assertTrue(s.areas().list().stream().anyMatch(a -> a.id().equals("o")), "new areas join the area catalog");
        }
    }
}
