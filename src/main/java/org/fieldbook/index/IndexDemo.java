package org.fieldbook.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.EvidenceLink;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.note.NoteKind;

/**
 * Gives the demo visit complete city answers on the sample questionnaire and a verification partly done:
 * some answers confirmed, some corrected with a rationale and linked notes, some that could not be verified,
 * the rest not checked yet. Also loads the fictional demo sample statistics. Deterministic.
 */
public final class IndexDemo {
    private IndexDemo() {
    }

    public static void populate(IndexServices index, NoteRepository notes, String visitId) {
        index.seedIfEmpty();
        index.samples().seedDemoIfEmpty();
        QuestionnaireDefinition d = index.questionnaires().require(
                org.fieldbook.index.definition.DefinitionReader.sample().id());
        Map<String, CityAnswer> answers = new LinkedHashMap<>();
        int i = 0;
        for (QuestionDefinition q : d.questionsInOrder()) {
            answers.put(q.id(), new CityAnswer(q.id(), cityValue(q, i++), "Reference supplied by the city: document "
                    + (100 + i) + " (" + q.area().replace('_', ' ') + "), adopted " + (2016 + i % 8) + "."));
        }
        index.answers().replaceAll(visitId, d, answers, "demo");

        List<QuestionDefinition> qs = d.questionsInOrder();
        for (int k = 0; k < qs.size(); k++) {
            QuestionDefinition q = qs.get(k);
            AnswerValue given = answers.get(q.id()).value();
            if (k % 7 == 3 && q.type().hasOptions() && q.type() != org.fieldbook.index.definition.QuestionType.MULTIPLE_CHOICE) {
                AnswerValue lower = lowerOption(q, given);
                Verification v = new Verification(q.id(), VerificationStatus.CORRECTED, lower,
                        "Meetings during the visit showed the measure is planned but not yet in place.", List.of());
                index.verifications().save(visitId, d.id(), v);
                Note note = evidenceNote(notes, visitId, q);
                index.verifications().link(visitId, d.id(), q.id(), EvidenceLink.NOTE, note.id());
            } else if (k % 9 == 5) {
                index.verifications().save(visitId, d.id(), new Verification(q.id(), VerificationStatus.COULD_NOT_VERIFY, null,
                        "No document or stakeholder could confirm this during the visit.", List.of()));
            } else if (k % 2 == 0 && k < qs.size() * 2 / 3) {
                index.verifications().save(visitId, d.id(), new Verification(q.id(), VerificationStatus.CONFIRMED, null,
                        "Confirmed in the meeting with the responsible department.", List.of()));
            }
        }
        index.results().refresh(visitId);
    }

    /** Mostly positive answers, varied so the areas differ. */
    public static AnswerValue cityValue(QuestionDefinition q, int i) {
        switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> {
                List<OptionDefinition> opts = q.options();
                int pick = (i % 5 == 4) ? Math.min(1, opts.size() - 1) : 0;
                if (i % 11 == 10) {
                    pick = opts.size() - 1;
                }
                return AnswerValue.choice(opts.get(pick).id());
            }
            case MULTIPLE_CHOICE -> {
                return AnswerValue.choices(q.options().subList(0, Math.min(2, q.options().size())).stream()
                        .map(OptionDefinition::id).toList());
            }
            case NUMBER -> {
                return AnswerValue.number(q.integer() ? 40 + i : 40.5 + i);
            }
            case PERCENTAGE -> {
                return AnswerValue.number(12 + (i * 7) % 40);
            }
            default -> {
                return AnswerValue.text("Example given by the city for question " + q.id() + ": a yearly event at the city hall.");
            }
        }
    }

    private static AnswerValue lowerOption(QuestionDefinition q, AnswerValue given) {
        String id = given instanceof AnswerValue.Choice c ? c.option() : q.options().get(0).id();
        int at = 0;
        for (int j = 0; j < q.options().size(); j++) {
            if (q.options().get(j).id().equals(id)) {
                at = j;
            }
        }
        return AnswerValue.choice(q.options().get(Math.min(at + 1, q.options().size() - 1)).id());
    }

    /** A note of the visit tagged with the question's area, or a new one written for the demo. */
    private static Note evidenceNote(NoteRepository notes, String visitId, QuestionDefinition q) {
        for (Note n : notes.forVisit(visitId)) {
            if (n.areas().contains(q.area())) {
                return n;
            }
        }
        return notes.save(new Note(null, visitId, null, NoteKind.OBSERVATION,
                "INDEX check (" + q.id() + "): officials said the measure is still being prepared; no adopted document yet.",
                null, "", List.of(q.area())));
    }
}
