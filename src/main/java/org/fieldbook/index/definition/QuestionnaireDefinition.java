package org.fieldbook.index.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One edition of the INDEX questionnaire. {@code id} names this exact version (a new edition is a new id);
 * {@code sample} marks a definition written for demonstration, not the official questionnaire.
 */
public record QuestionnaireDefinition(String id, String edition, Map<String, String> title, boolean sample,
                                      List<String> languages, List<AreaDefinition> areas,
                                      List<QuestionDefinition> questions) {
    public QuestionnaireDefinition {
        title = title == null ? Map.of() : Map.copyOf(title);
        languages = languages == null ? List.of() : List.copyOf(languages);
        areas = areas == null ? List.of() : areas.stream().sorted(Comparator.comparingInt(AreaDefinition::order)).toList();
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public String title(String language) {
        return Texts.pick(title, language);
    }

    public Optional<AreaDefinition> area(String areaId) {
        return areas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    public Optional<QuestionDefinition> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The area's questions in definition order. */
    public List<QuestionDefinition> questionsOf(String areaId) {
        return questions.stream().filter(q -> q.area().equals(areaId)).toList();
    }

    /** Questions by id, in definition order (a new map each call; hold on to it in loops). */
    public Map<String, QuestionDefinition> questionMap() {
        Map<String, QuestionDefinition> m = new java.util.LinkedHashMap<>();
        questions.forEach(q -> m.put(q.id(), q));
        return m;
    }

    /** Questions in report order: by area order, then definition order. */
    @JsonIgnore
    public List<QuestionDefinition> questionsInOrder() {
        return areas.stream().flatMap(a -> questionsOf(a.id()).stream()).toList();
    }
}
