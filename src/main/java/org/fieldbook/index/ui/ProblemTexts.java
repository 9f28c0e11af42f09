package org.fieldbook.index.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.fieldbook.index.answer.AnswerImportException;
import org.fieldbook.index.answer.ImportProblem;

/** A refused answers file, said in the reader's language: where each problem is and what is wrong. */
final class ProblemTexts {
    /** How many problems the message lists (the rest is counted). */
    static final int SHOWN = 8;

    private ProblemTexts() {
    }

    static String describe(AnswerImportException e, String fileName, org.fieldbook.support.Texts s) {
        List<ImportProblem> all = e.problems();
        StringBuilder b = new StringBuilder(all.size() == 1 ? s.format("v.import.refused.one", fileName)
                : s.format("v.import.refused.many", fileName, all.size()));
        for (ImportProblem p : all.subList(0, Math.min(SHOWN, all.size()))) {
            b.append("\n• ").append(describe(p, s));
        }
        if (all.size() > SHOWN) {
            b.append("\n").append(s.format("v.import.more", all.size() - SHOWN));
        }
        return b.toString();
    }

    static String describe(ImportProblem p, org.fieldbook.support.Texts s) {
        List<String> where = new ArrayList<>();
        if (p.sheet() != null) {
            where.add(s.format("v.problem.at.sheet", p.sheet()));
        }
        if (p.row() != null) {
            where.add(s.format("v.problem.at.row", p.row()));
        }
        if (p.questionId() != null) {
            where.add(s.format("v.problem.at.question", p.questionId()));
        }
        String what = p.message();
        if (p.code() != null) {
            try {
                what = s.format("problem." + p.code(), p.args().toArray());
            } catch (MissingResourceException unknownCode) {
                what = p.message();
            }
        }
        return where.isEmpty() ? what : String.join(", ", where) + s.get("v.problem.colon") + what;
    }
}
