package org.fieldbook.index.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a definition for everything that would make answers or scores meaningless; lists every problem. */
public final class DefinitionValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    private DefinitionValidator() {
    }

    public static List<String> problems(QuestionnaireDefinition d) {
        List<String> p = new ArrayList<>();
        if (d.id() == null || !ID.matcher(d.id()).matches()) {
            p.add("the definition needs an id of letters, digits, '.', '_' or '-' (got " + quote(d.id()) + ")");
        }
        if (d.languages().isEmpty()) {
            p.add("no languages listed");
        } else if (!d.languages().contains("en")) {
            p.add("English ('en') must be one of the languages");
        }
        if (d.areas().isEmpty()) {
            p.add("no areas");
        }
        Set<String> areaIds = new HashSet<>();
        for (AreaDefinition a : d.areas()) {
            if (a.id() == null || !ID.matcher(a.id()).matches()) {
                p.add("an area has no valid id (" + quote(a.id()) + ")");
                continue;
            }
            if (!areaIds.add(a.id())) {
                p.add("duplicate area id '" + a.id() + "'");
            }
            if (a.title(null).isBlank()) {
                p.add("area '" + a.id() + "' has no title");
            }
            if (!(a.weight() >= 0) || Double.isInfinite(a.weight())) {
                p.add("area '" + a.id() + "' has a negative or invalid weight " + a.weight());
            }
        }
        Set<String> questionIds = new HashSet<>();
        for (QuestionDefinition q : d.questions()) {
            String where = "question '" + q.id() + "'";
            if (q.id() == null || !ID.matcher(q.id()).matches()) {
                p.add("a question has no valid id (" + quote(q.id()) + ")");
                continue;
            }
            if (!questionIds.add(q.id())) {
                p.add("duplicate question id '" + q.id() + "'");
            }
            if (q.area() == null || !areaIds.contains(q.area())) {
                p.add(where + " is in unknown area " + quote(q.area()));
            }
            if (q.type() == null) {
                p.add(where + " has no type");
                continue;
            }
            if (q.text(null).isBlank()) {
                p.add(where + " has no text");
            }
            for (String lang : d.languages()) {
                if (q.text().get(lang) == null || q.text().get(lang).isBlank()) {
                    p.add(where + " has no text in '" + lang + "'");
                }
            }
            checkAnswerForm(q, where, p);
        }
        for (AreaDefinition a : d.areas()) {
            if (a.id() != null && d.questionsOf(a.id()).isEmpty()) {
                p.add("area '" + a.id() + "' has no questions");
            }
        }
        return p;
    }

    private static void checkAnswerForm(QuestionDefinition q, String where, List<String> p) {
        if (q.type().hasOptions()) {
            if (q.options().size() < 2) {
                p.add(where + " (" + q.type().id() + ") needs at least two options");
            }
            Set<String> ids = new HashSet<>();
            for (OptionDefinition o : q.options()) {
                if (o.id() == null || !ID.matcher(o.id()).matches()) {
                    p.add(where + " has an option without a valid id");
                } else if (!ids.add(o.id())) {
                    p.add(where + " has duplicate option '" + o.id() + "'");
                }
                if (o.label(null).isBlank()) {
                    p.add(where + " option " + quote(o.id()) + " has no label");
                }
                if (!Double.isFinite(o.points())) {
                    p.add(where + " option " + quote(o.id()) + " has invalid points");
                }
            }
            if (q.type() == QuestionType.YES_NO && !(ids.contains("yes") && ids.contains("no"))) {
                p.add(where + " is yes_no but lacks the options 'yes' and 'no'");
            }
            if (!q.bands().isEmpty()) {
                p.add(where + " is a choice question but has number bands");
            }
        } else {
            if (!q.options().isEmpty()) {
                p.add(where + " is a " + q.type().id() + " question but has options");
            }
            if (!q.type().numeric() && !q.bands().isEmpty()) {
                p.add(where + " is a " + q.type().id() + " question but has number bands");
            }
        }
        if (q.type().numeric()) {
            if (q.minValue() != null && q.maxValue() != null && q.minValue() > q.maxValue()) {
                p.add(where + " has minValue above maxValue");
            }
            for (ScoreBand b : q.bands()) {
                if (b.from() > b.to()) {
                    p.add(where + " has a band from " + b.from() + " to " + b.to() + " (from above to)");
                }
                if (q.type() == QuestionType.PERCENTAGE && (b.from() < 0 || b.to() > 100)) {
                    p.add(where + " is a percentage but has a band outside 0–100");
                }
            }
        } else if (q.minValue() != null || q.maxValue() != null || q.integer()) {
            p.add(where + " is a " + q.type().id() + " question but has number limits");
        }
        if (q.maxPoints() != null && (!(q.maxPoints() >= 0) || Double.isInfinite(q.maxPoints()))) {
            p.add(where + " has negative or invalid maxPoints");
        }
        if (q.type() == QuestionType.FREE_TEXT && q.maxPoints() == null) {
            return; // a free-text fact question, no points
        }
        if (q.maxPoints() != null && q.type() != QuestionType.MULTIPLE_CHOICE && q.type() != QuestionType.FREE_TEXT) {
            double best = q.type().hasOptions()
                    ? q.options().stream().mapToDouble(OptionDefinition::points).max().orElse(0)
                    : q.bands().stream().mapToDouble(ScoreBand::points).max().orElse(0);
            if (best > q.maxPoints()) {
                p.add(where + " has an answer worth " + best + " points, above its maxPoints " + q.maxPoints());
            }
        }
    }

    private static String quote(String s) {
        return s == null ? "none" : "'" + s + "'";
    }
}
