package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.answer.AnswerChecker;
import org.fieldbook.index.answer.AnswerImportException;
import org.fieldbook.index.answer.ImportProblem;
import org.fieldbook.index.answer.RawAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;

/** A refused answers file is explained in French in a French window, with every checker problem translated. */
class ProblemTextsTest {
    private static final List<String> CODES = List.of("unknown_question", "answered_twice", "expected_option",
            "unknown_option", "expected_list", "expected_number", "out_of_range", "expected_whole", "expected_text",
            "not_answers_workbook", "unreadable_workbook", "sheet_missing", "question_row_missing", "option_row_missing",
            "tick_yes_no", "error_cell");

    @Test
    void everyProblemCodeHasAnEnglishAndAFrenchText() {
        for (String lang : List.of("en", "fr")) {
            org.fieldbook.support.Texts s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, lang);
            for (String code : CODES) {
                String text = ProblemTexts.describe(new ImportProblem("S", 3, "q1", "english", code, List.of("a", "b", "c")), s);
                assertFalse(text.contains("{"), lang + " " + code + ": " + text);
                assertFalse(text.contains("english"), lang + " " + code + " falls back to English: " + text);
            }
        }
    }

    @Test
    void checkerProblemsReadInFrench() {
        QuestionnaireDefinition d = TestDefinitions.tiny();
        List<ImportProblem> problems = new ArrayList<>();
        new AnswerChecker(d).check(List.of(new RawAnswer("Engagement", 7, null, "a3", 140.0, ""),
                new RawAnswer("Engagement", 8, null, "zz", "yes", "")), problems);
        assertEquals(2, problems.size(), problems.toString());
        String fr = ProblemTexts.describe(new AnswerImportException("f.xlsx", problems), "f.xlsx", org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, "fr"));
        assertTrue(fr.startsWith("Rien n'a été importé de f.xlsx"), fr);
        assertTrue(fr.contains("feuille « Engagement », ligne 7, question a3 : 140 est hors de la plage permise"), fr);
        assertTrue(fr.contains("n'a pas de question zz"), fr);
        String en = ProblemTexts.describe(new AnswerImportException("f.xlsx", problems), "f.xlsx", org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, "en"));
        assertTrue(en.contains("sheet \u201cEngagement\u201d, row 7, question a3: 140 is outside the allowed range"), en);
    }
}
