package org.fieldbook.index;

import java.io.IOException;
import java.io.InputStream;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/** Definitions for INDEX tests. */
public final class TestDefinitions {
    private TestDefinitions() {
    }

    public static byte[] tinyBytes() {
        try (InputStream in = TestDefinitions.class.getResourceAsStream("tiny-questionnaire.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Areas a (weight 2), b (weight 1), optional o; see tiny-questionnaire.json. */
    public static QuestionnaireDefinition tiny() {
        return DefinitionReader.parse(tinyBytes(), "tiny");
    }
}
