package org.fieldbook.index.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.support.JsonMappers;

/**
 * Reads {@code {"questionnaire": ID, "answers": [{"question": QID, "value": ..., "evidence": TEXT}]}}.
 * Structural problems are reported, not thrown, so they join the other problems of the import.
 */
public final class AnswerJsonReader {
    private static final ObjectMapper JSON = JsonMappers.plain();

    private AnswerJsonReader() {
    }

    public static RawAnswers read(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        List<RawAnswer> answers = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (Exception e) {
            problems.add(new ImportProblem(null, null, null, "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return new RawAnswers(null, answers, problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(new ImportProblem(null, null, null, "expected a JSON object with \"questionnaire\" and \"answers\""));
            return new RawAnswers(null, answers, problems);
        }
        String questionnaire = root.path("questionnaire").isTextual() ? root.get("questionnaire").asText() : null;
        if (questionnaire == null) {
            problems.add(new ImportProblem(null, null, null, "missing \"questionnaire\" (the questionnaire id)"));
        }
        JsonNode list = root.get("answers");
        if (list == null || !list.isArray()) {
            problems.add(new ImportProblem(null, null, null, "missing \"answers\" array"));
            return new RawAnswers(questionnaire, answers, problems);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String where = "answers[" + i + "]";
            if (!a.isObject() || !a.path("question").isTextual()) {
                problems.add(new ImportProblem(null, null, null, where + ": expected an object with a \"question\" id"));
                continue;
            }
            JsonNode v = a.get("value");
            Object value;
            if (v == null || v.isNull()) {
                value = null;
            } else if (v.isNumber()) {
                value = v.asDouble();
            } else if (v.isTextual()) {
                value = v.asText();
            } else if (v.isArray()) {
                List<String> ids = new ArrayList<>();
                v.forEach(e -> ids.add(e.asText()));
                value = ids;
            } else if (v.isBoolean()) {
                value = v.asBoolean() ? "yes" : "no";
            } else {
                problems.add(new ImportProblem(null, null, a.get("question").asText(), where + ": value must be an option id,"
                        + " a list of option ids, a number or a text"));
                continue;
            }
            String evidence = a.path("evidence").isMissingNode() || a.get("evidence").isNull() ? "" : a.get("evidence").asText();
            answers.add(new RawAnswer(null, null, where, a.get("question").asText(), value, evidence));
        }
        return new RawAnswers(questionnaire, answers, problems);
    }
}
