package org.fieldbook.index.workbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.answer.ImportProblem;
import org.fieldbook.index.answer.RawAnswer;
import org.fieldbook.index.answer.RawAnswers;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionType;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/**
 * Reads an answers workbook written by {@link AnswerTemplateWriter}. It finds the questionnaire id in the
 * hidden sheet, then every question's row by the key in the hidden column, and reports a missing sheet or
 * row, an error cell or an unreadable tick with sheet, row and question. Values are checked afterwards by
 * the answer checker, with the same rules as JSON.
 */
public final class AnswerWorkbookReader {
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private AnswerWorkbookReader() {
    }

    /**
     * Reads the workbook; {@code definitions} finds a loaded definition by id (null when unknown). A file
     * that is no readable xlsx becomes a problem, not an exception.
     */
    public static RawAnswers read(byte[] bytes, Function<String, QuestionnaireDefinition> definitions) {
        List<ImportProblem> problems = new ArrayList<>();
        List<RawAnswer> answers = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet meta = wb.getSheet(WorkbookLayout.META);
            if (meta == null || text(cell(meta, WorkbookLayout.META_QUESTIONNAIRE, 1)).isEmpty()) {
                problems.add(new ImportProblem(WorkbookLayout.META, null, null,
                        "this is not a Fieldbook answers workbook (its hidden sheet '" + WorkbookLayout.META
                                + "' naming the questionnaire is missing); write one with 'fieldbook index template'",
                        "not_answers_workbook", List.of()));
                return new RawAnswers(null, answers, problems);
            }
            String questionnaireId = text(cell(meta, WorkbookLayout.META_QUESTIONNAIRE, 1));
            QuestionnaireDefinition d = definitions.apply(questionnaireId);
            if (d == null) {
                return new RawAnswers(questionnaireId, answers, problems);
            }
            Map<String, String> sheetOfArea = new HashMap<>();
            for (int r = WorkbookLayout.META_AREAS; r <= meta.getLastRowNum(); r++) {
                String area = text(cell(meta, r, 0));
                if (!area.isEmpty()) {
                    sheetOfArea.put(area, text(cell(meta, r, 1)));
                }
            }
            for (AreaDefinition a : d.areas()) {
                readArea(wb, a, d, sheetOfArea.get(a.id()), answers, problems);
            }
            return new RawAnswers(questionnaireId, answers, problems);
        } catch (Exception e) {
            problems.add(new ImportProblem(null, null, null, "not a readable .xlsx workbook (damaged, or another format): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")),
                    "unreadable_workbook", List.of()));
            return new RawAnswers(null, List.of(), problems);
        }
    }

    private static void readArea(XSSFWorkbook wb, AreaDefinition a, QuestionnaireDefinition d, String sheetName,
                                 List<RawAnswer> answers, List<ImportProblem> problems) {
        Sheet sh = sheetName == null ? null : wb.getSheet(sheetName);
        if (sh == null) {
            problems.add(new ImportProblem(sheetName == null ? a.id() : sheetName, null, null,
                    "sheet for area '" + a.id() + "' is missing", "sheet_missing", List.of(a.id())));
            return;
        }
        Map<String, Integer> rowOfKey = new LinkedHashMap<>();
        for (int r = WorkbookLayout.FIRST_ROW; r <= sh.getLastRowNum(); r++) {
            String key = text(cell(sh, r, WorkbookLayout.COL_KEY));
            if (!key.isEmpty()) {
                rowOfKey.put(key, r);
            }
        }
        for (QuestionDefinition q : d.questionsOf(a.id())) {
            Integer r = rowOfKey.get(q.id());
            if (r == null) {
                problems.add(new ImportProblem(sh.getSheetName(), null, q.id(), "the question's row is missing",
                        "question_row_missing", List.of()));
                continue;
            }
            String evidence = text(cell(sh, r, WorkbookLayout.COL_EVIDENCE));
            Object value;
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                value = ticks(sh, q, rowOfKey, problems);
            } else {
                value = value(sh, r, q, problems);
            }
            answers.add(new RawAnswer(sh.getSheetName(), r + 1, null, q.id(), value, evidence));
        }
    }

    /** The ticked options; null when no option row was filled (unanswered), empty when all are "no". */
    private static Object ticks(Sheet sh, QuestionDefinition q, Map<String, Integer> rowOfKey, List<ImportProblem> problems) {
        List<String> ticked = new ArrayList<>();
        boolean any = false;
        for (var o : q.options()) {
            Integer r = rowOfKey.get(q.id() + WorkbookLayout.OPTION_SEPARATOR + o.id());
            if (r == null) {
                problems.add(new ImportProblem(sh.getSheetName(), null, q.id(), "the row of option '" + o.id() + "' is missing",
                        "option_row_missing", List.of(o.id())));
                continue;
            }
            String t = text(cell(sh, r, WorkbookLayout.COL_ANSWER)).toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            any = true;
            if (List.of("yes", "oui", "x", "1", "true", "vrai", "☑", "✓").contains(t)) {
                ticked.add(o.id());
            } else if (!List.of("no", "non", "0", "false", "faux").contains(t)) {
                problems.add(new ImportProblem(sh.getSheetName(), r + 1, q.id(), "option '" + o.id()
                        + "': tick with Yes or No, not '" + t + "'", "tick_yes_no", List.of(o.id(), t)));
            }
        }
        return any ? ticked : null;
    }

    private static Object value(Sheet sh, int r, QuestionDefinition q, List<ImportProblem> problems) {
        Cell c = cell(sh, r, WorkbookLayout.COL_ANSWER);
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case NUMERIC:
                double v = c.getNumericCellValue();
                boolean percentFormat = c.getCellStyle() != null && c.getCellStyle().getDataFormatString() != null
                        && c.getCellStyle().getDataFormatString().contains("%");
                return q.type() == QuestionType.PERCENTAGE && percentFormat ? v * 100 : v;
            case STRING:
                String t = c.getStringCellValue().strip();
                return t.isEmpty() ? null : t;
            case BOOLEAN:
                return c.getBooleanCellValue() ? "yes" : "no";
            case ERROR:
                problems.add(new ImportProblem(sh.getSheetName(), r + 1, q.id(), "the answer cell holds an error value",
                        "error_cell", List.of()));
                return null;
            default:
                return null;
        }
    }

    private static Cell cell(Sheet sh, int r, int c) {
        Row row = sh.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static String text(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c).strip();
    }
}
