package org.fieldbook.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.answer.AnswerChecker;
import org.fieldbook.index.answer.AnswerImportException;
import org.fieldbook.index.answer.AnswerJsonReader;
import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.answer.ImportProblem;
import org.fieldbook.index.answer.RawAnswers;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.workbook.AnswerWorkbookReader;
import org.fieldbook.support.InputFiles;

/**
 * Imports the city's answers to a visit from a workbook or JSON. Everything is read and checked first; only
 * a file without any problem is written, in one transaction, replacing the visit's previous answers.
 */
public final class AnswerImporter {
    private final QuestionnaireRepository questionnaires;
    private final AnswerRepository answers;

    /**
     * What an import did; {@code conflicts}: answers a colleague had changed since this program read them (office's
     * shared database), stored from the file and listed as open conflicts.
     */
    public record Result(String questionnaireId, int answered, int questions, int conflicts) {
    }

    private final java.util.function.Consumer<String> scoresChanged;

    public AnswerImporter(QuestionnaireRepository questionnaires, AnswerRepository answers) {
        this(questionnaires, answers, v -> { });
    }

    /** {@code scoresChanged} is told the visit after its answers were replaced (to refresh its INDEX result). */
    public AnswerImporter(QuestionnaireRepository questionnaires, AnswerRepository answers,
                          java.util.function.Consumer<String> scoresChanged) {
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.scoresChanged = scoresChanged;
    }

    public Result importFile(String visitId, Path file) {
        byte[] bytes = InputFiles.readAll(file);
        return importBytes(visitId, bytes, file.getFileName().toString());
    }

    public Result importBytes(String visitId, byte[] bytes, String name) {
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean xlsxName = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        RawAnswers raw = zip || xlsxName
                ? AnswerWorkbookReader.read(bytes, id -> questionnaires.find(id).orElse(null))
                : AnswerJsonReader.read(bytes);
        List<ImportProblem> problems = new ArrayList<>(raw.problems());
        if (!problems.isEmpty()) {
            throw new AnswerImportException(name, problems);
        }
        QuestionnaireDefinition d = questionnaires.find(raw.questionnaireId()).orElse(null);
        if (d == null) {
            throw new AnswerImportException(name, List.of(new ImportProblem(null, null, null, "questionnaire '"
                    + raw.questionnaireId() + "' is not loaded in this workspace (load it with 'fieldbook index load')")));
        }
        Map<String, CityAnswer> checked = new AnswerChecker(d).check(raw.answers(), problems);
        if (!problems.isEmpty()) {
            throw new AnswerImportException(name, problems);
        }
        int conflicts = answers.replaceAll(visitId, d, checked, name);
        scoresChanged.accept(visitId);
        int answered = (int) checked.values().stream().filter(CityAnswer::answered).count();
        return new Result(d.id(), answered, d.questions().size(), conflicts);
    }
}
