package org.fieldbook.index.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question. Points: a choice question scores its chosen option (a multiple choice the sum of its chosen
 * options, capped at {@code maxPoints}); a number or percentage scores the first {@link ScoreBand} holding
 * the value; a free-text answer scores {@code maxPoints} when an example is given. A question whose maximum
 * is 0 is a fact question and counts in no rate. {@code minValue}, {@code maxValue} and {@code integer}
 * check number answers (percentages are always 0–100).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionDefinition(String id, String area, Map<String, String> text, Map<String, String> help,
                                 QuestionType type, List<OptionDefinition> options, List<ScoreBand> bands,
                                 Double maxPoints, boolean optional, Double minValue, Double maxValue, boolean integer) {
    public QuestionDefinition {
        text = text == null ? Map.of() : Map.copyOf(text);
        help = help == null ? Map.of() : Map.copyOf(help);
        options = options == null ? List.of() : List.copyOf(options);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public String text(String language) {
        return Texts.pick(text, language);
    }

    public String help(String language) {
        return Texts.pick(help, language);
    }

    public Optional<OptionDefinition> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The most points an answer to this question can reach. */
    @JsonIgnore
    public double possiblePoints() {
        if (maxPoints != null) {
            return maxPoints;
        }
        return switch (type) {
            case YES_NO, SINGLE_CHOICE -> options.stream().mapToDouble(OptionDefinition::points).max().orElse(0);
            case MULTIPLE_CHOICE -> options.stream().mapToDouble(o -> Math.max(0, o.points())).sum();
            case NUMBER, PERCENTAGE -> bands.stream().mapToDouble(ScoreBand::points).max().orElse(0);
            case FREE_TEXT -> 0;
        };
    }

    /** True when the question contributes to an area rate (its maximum is above 0). */
    @JsonIgnore
    public boolean scored() {
        return possiblePoints() > 0;
    }

    /** The smallest accepted number (percentages: 0). */
    @JsonIgnore
    public double lowest() {
        return type == QuestionType.PERCENTAGE ? 0 : minValue == null ? -Double.MAX_VALUE : minValue;
    }

    /** The largest accepted number (percentages: 100). */
    @JsonIgnore
    public double highest() {
        return type == QuestionType.PERCENTAGE ? 100 : maxValue == null ? Double.MAX_VALUE : maxValue;
    }
}
