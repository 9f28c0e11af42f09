package org.fieldbook.index.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/**
 * Turns raw answers into checked {@link CityAnswer}s against a definition: known question, known option
 * (by id or by a label in any language), number in range, whole number where required. Collects every
 * problem instead of stopping at the first.
 */
public final class AnswerChecker {
    /** What is wrong with one value: a code and its arguments (for translated messages) and the English text. */
    public record Issue(String code, List<String> args, String english) {
        static Issue of(String code, String english, Object... args) {
            return new Issue(code, java.util.Arrays.stream(args).map(String::valueOf).toList(), english);
        }
    }

    private final QuestionnaireDefinition definition;

    public AnswerChecker(QuestionnaireDefinition definition) {
        this.definition = definition;
    }

    /** Checks all answers; the result maps question id to answer, in file order. */
    public Map<String, CityAnswer> check(List<RawAnswer> raws, List<ImportProblem> problems) {
        Map<String, CityAnswer> out = new LinkedHashMap<>();
        for (RawAnswer raw : raws) {
            Optional<QuestionDefinition> q = definition.question(raw.questionId());
            if (q.isEmpty()) {
                problems.add(problem(raw, Issue.of("unknown_question", "unknown question '" + raw.questionId()
                        + "' (not in questionnaire " + definition.id() + ")", raw.questionId(), definition.id())));
                continue;
            }
            if (out.containsKey(raw.questionId())) {
                problems.add(problem(raw, Issue.of("answered_twice", "answered twice")));
                continue;
            }
            List<Issue> errors = new ArrayList<>();
            AnswerValue value = convertChecked(q.get(), raw.value(), errors);
            errors.forEach(e -> problems.add(problem(raw, e)));
            if (errors.isEmpty()) {
                out.put(raw.questionId(), new CityAnswer(raw.questionId(), value, raw.evidence()));
            }
        }
        return out;
    }

    /** Converts one raw value for a question; adds what is wrong to {@code errors} (in English) and returns null then. */
    public static AnswerValue convert(QuestionDefinition q, Object raw, List<String> errors) {
        List<Issue> issues = new ArrayList<>();
        AnswerValue v = convertChecked(q, raw, issues);
        issues.forEach(i -> errors.add(i.english()));
        return v;
    }

    /** The same, with each problem as an {@link Issue}. */
    public static AnswerValue convertChecked(QuestionDefinition q, Object raw, List<Issue> errors) {
        if (raw == null || (raw instanceof String s && s.isBlank())
                || (raw instanceof List<?> l && l.isEmpty() && q.type() != org.fieldbook.index.definition.QuestionType.MULTIPLE_CHOICE)) {
            return null;
        }
        switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> {
                if (!(raw instanceof String s)) {
                    errors.add(Issue.of("expected_option", "expected one option (" + optionList(q) + "), got " + describe(raw),
                            optionList(q), describe(raw)));
                    return null;
                }
                return findOption(q, s).map(o -> AnswerValue.choice(o.id())).orElseGet(() -> {
                    errors.add(Issue.of("unknown_option", "unknown option '" + s + "' (expected one of " + optionList(q) + ")",
                            s, optionList(q)));
                    return null;
                });
            }
            case MULTIPLE_CHOICE -> {
                List<String> items = new ArrayList<>();
                if (raw instanceof List<?> list) {
                    list.forEach(e -> items.add(String.valueOf(e)));
                } else if (raw instanceof String s) {
                    for (String part : s.split("[;,\n]")) {
                        if (!part.isBlank()) {
                            items.add(part.trim());
                        }
                    }
                } else {
                    errors.add(Issue.of("expected_list", "expected a list of options, got " + describe(raw), describe(raw)));
                    return null;
                }
                List<String> ids = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (String item : items) {
                    Optional<OptionDefinition> o = findOption(q, item);
                    if (o.isEmpty()) {
                        errors.add(Issue.of("unknown_option", "unknown option '" + item + "' (expected some of "
                                + optionList(q) + ")", item, optionList(q)));
                    } else if (seen.add(o.get().id())) {
                        ids.add(o.get().id());
                    }
                }
                return errors.isEmpty() ? AnswerValue.choices(ids) : null;
            }
            case NUMBER, PERCENTAGE -> {
                Double d = toNumber(raw);
                if (d == null) {
                    errors.add(Issue.of("expected_number", "expected a number, got " + describe(raw), describe(raw)));
                    return null;
                }
                if (d < q.lowest() || d > q.highest()) {
                    errors.add(Issue.of("out_of_range", "number " + fmt(d) + " out of range (" + range(q) + ")", fmt(d),
                            q.lowest() == -Double.MAX_VALUE ? "–" : fmt(q.lowest()),
                            q.highest() == Double.MAX_VALUE ? "–" : fmt(q.highest())));
                    return null;
                }
                if (q.integer() && d != Math.rint(d)) {
                    errors.add(Issue.of("expected_whole", "expected a whole number, got " + fmt(d), fmt(d)));
                    return null;
                }
                return AnswerValue.number(d);
            }
            case FREE_TEXT -> {
                if (raw instanceof List<?>) {
                    errors.add(Issue.of("expected_text", "expected a text, got a list"));
                    return null;
                }
                String text = raw instanceof Double d ? fmt(d) : String.valueOf(raw).strip();
                return AnswerValue.text(text);
            }
            default -> throw new IllegalStateException();
        }
    }

    static Optional<OptionDefinition> findOption(QuestionDefinition q, String given) {
        String key = fold(given);
        for (OptionDefinition o : q.options()) {
            if (o.id().equals(given.trim())) {
                return Optional.of(o);
            }
        }
        for (OptionDefinition o : q.options()) {
            for (String label : o.label().values()) {
                if (fold(label).equals(key)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    static Double toNumber(Object raw) {
        if (raw instanceof Double d) {
            return d;
        }
        if (raw instanceof java.lang.Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            return org.fieldbook.support.LenientNumbers.parseDecimal(s);
        }
        return null;
    }

    private static String range(QuestionDefinition q) {
        String lo = q.lowest() == -Double.MAX_VALUE ? "any" : fmt(q.lowest());
        String hi = q.highest() == Double.MAX_VALUE ? "any" : fmt(q.highest());
        return "from " + lo + " to " + hi;
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String optionList(QuestionDefinition q) {
        return String.join(", ", q.options().stream().map(OptionDefinition::id).toList());
    }

    private static String describe(Object raw) {
        return raw instanceof List<?> ? "a list" : "'" + raw + "'";
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static ImportProblem problem(RawAnswer raw, Issue issue) {
        String message = issue.english();
        return new ImportProblem(raw.sheet(), raw.row(), raw.questionId(), raw.where() == null ? message : raw.where() + ": " + message,
                issue.code(), issue.args());
    }
}
