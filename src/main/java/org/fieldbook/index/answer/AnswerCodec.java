package org.fieldbook.index.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.store.StoreException;
import org.fieldbook.support.JsonMappers;

/**
 * Stores answer values as JSON, the same shape as the import format: an option id, an array of option ids,
 * a number, or a text. Reading needs the question, whose type says what a JSON string means.
 */
public final class AnswerCodec {
    private static final ObjectMapper JSON = JsonMappers.plain();

    private AnswerCodec() {
    }

    public static String encode(AnswerValue v) {
        if (v == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(toNode(v));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object toPlain(AnswerValue v) {
        if (v == null) {
            return null;
        }
        if (v instanceof AnswerValue.Choice c) {
            return c.option();
        }
        if (v instanceof AnswerValue.Choices c) {
            return c.options();
        }
        if (v instanceof AnswerValue.Number n) {
            return n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15 ? (Object) (long) n.value() : (Object) n.value();
        }
        return ((AnswerValue.Text) v).text();
    }

    static JsonNode toNode(AnswerValue v) {
        return JSON.valueToTree(toPlain(v));
    }

    /** Decodes a stored value; null stays null (unanswered). */
    public static AnswerValue decode(String json, QuestionDefinition q) {
        if (json == null) {
            return null;
        }
        if ((q.type().hasOptions() && q.type() != org.fieldbook.index.definition.QuestionType.MULTIPLE_CHOICE)
                && json.length() >= 2 && json.charAt(0) == '"' && json.indexOf('\\') < 0 && json.indexOf('"', 1) == json.length() - 1) {
            return new AnswerValue.Choice(json.substring(1, json.length() - 1));
        }
        if (q.type().numeric()) {
            try {
                return new AnswerValue.Number(Double.parseDouble(json));
            } catch (NumberFormatException e) {
                // fall through to the JSON reader
            }
        }
        try {
            return decode(JSON.readTree(json), q);
        } catch (Exception e) {
            throw new StoreException("Damaged stored answer to " + q.id() + ": " + json, e);
        }
    }

    /** Decodes a parsed stored value; a JSON null is unanswered. */
    public static AnswerValue decode(JsonNode n, QuestionDefinition q) {
        if (n == null || n.isNull()) {
            return null;
        }
        {
            return switch (q.type()) {
                case YES_NO, SINGLE_CHOICE -> new AnswerValue.Choice(n.asText());
                case MULTIPLE_CHOICE -> {
                    List<String> ids = new ArrayList<>();
                    if (n instanceof ArrayNode a) {
                        a.forEach(e -> ids.add(e.asText()));
                    }
                    yield new AnswerValue.Choices(ids);
                }
                case NUMBER, PERCENTAGE -> new AnswerValue.Number(n.asDouble());
                case FREE_TEXT -> new AnswerValue.Text(n.asText());
            };
        }
    }
}
