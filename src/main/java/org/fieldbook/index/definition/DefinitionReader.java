package org.fieldbook.index.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.support.InputFiles;
import org.fieldbook.support.JsonMappers;

/** Reads and validates questionnaire definitions from JSON, and writes them back in a canonical form. */
public final class DefinitionReader {
    private static final ObjectMapper JSON = JsonMappers.plain(); // an unknown property is an error

    /** The bundled sample definition (not the official questionnaire). */
    public static final String SAMPLE_RESOURCE = "/org/fieldbook/index/questionnaire-sample-revised.json";

    private DefinitionReader() {
    }

    public static QuestionnaireDefinition read(Path file) {
        byte[] bytes = InputFiles.readAll(file);
        return parse(bytes, file.getFileName().toString());
    }

    public static QuestionnaireDefinition sample() {
        try (InputStream in = DefinitionReader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample questionnaire is missing from the application");
            }
            return parse(in.readAllBytes(), "sample questionnaire");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the sample questionnaire", e);
        }
    }

    /** Parses and validates; a bad definition becomes a {@link DefinitionException} naming every problem. */
    public static QuestionnaireDefinition parse(byte[] json, String source) {
        QuestionnaireDefinition d;
        try {
            d = JSON.readValue(json, QuestionnaireDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw new DefinitionException(source, List.of("unknown field '" + e.getPropertyName() + "' at "
                    + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()));
        } catch (JsonProcessingException e) {
            throw new DefinitionException(source, List.of("not a valid questionnaire JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new DefinitionException(source, List.of("cannot read: " + e.getMessage()));
        }
        if (d == null) {
            throw new DefinitionException(source, List.of("empty file"));
        }
        List<String> problems = DefinitionValidator.problems(d);
        if (!problems.isEmpty()) {
            throw new DefinitionException(source, problems);
        }
        return d;
    }

    /** The canonical JSON of a definition (what the workspace stores). */
    /** The canonical text of a definition (sorted keys, fixed number forms): the same in every workspace. */
    public static String toJson(QuestionnaireDefinition d) {
        return org.fieldbook.support.CanonicalJson.write(d);
    }

    public static String toPrettyJson(QuestionnaireDefinition d) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
