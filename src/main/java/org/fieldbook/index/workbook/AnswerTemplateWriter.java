package org.fieldbook.index.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionType;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/**
 * Writes the answers workbook a city fills in: an instructions sheet, one protected sheet per area whose
 * answer and evidence cells alone are unlocked, drop-downs for choices, number and percentage checks, and
 * hidden sheets that identify the questionnaire and hold the drop-down lists.
 */
public final class AnswerTemplateWriter implements WorkbookFile {
    private final QuestionnaireDefinition d;
    private final org.fieldbook.support.Texts s;
    private XSSFWorkbook wb;
    private XSSFSheet lists;
    private int listColumn;
    private CellStyle locked;
    private CellStyle header;
    private CellStyle open;
    private CellStyle closed;

    public AnswerTemplateWriter(QuestionnaireDefinition definition, String language) {
        this.d = definition;
        this.s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language);
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            this.wb = book;
            styles();
            instructions();
            lists = wb.createSheet(WorkbookLayout.LISTS);
            XSSFSheet meta = meta();
            for (AreaDefinition a : d.areas()) {
                area(a);
            }
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        locked = wb.createCellStyle();
        locked.setWrapText(true);
        locked.setLocked(true);
        locked.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setLocked(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        open = wb.createCellStyle();
        open.setLocked(false);
        open.setWrapText(true);
        open.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        open.setBorderBottom(BorderStyle.THIN);
        open.setBorderTop(BorderStyle.THIN);
        open.setBorderLeft(BorderStyle.THIN);
        open.setBorderRight(BorderStyle.THIN);
        closed = wb.createCellStyle();
        closed.setLocked(true);
        closed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        closed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private void instructions() {
        XSSFSheet sh = wb.createSheet(s.get("wb.instructions"));
        sh.setColumnWidth(0, 110 * 256);
        List<String> lines = List.of(d.title(s.language().code()), s.format("wb.questionnaire", d.id(), d.edition()),
                "", s.get("wb.instr.1"), s.get("wb.instr.2"), s.get("wb.instr.3"), s.get("wb.instr.4"), s.get("wb.instr.5"));
        for (int i = 0; i < lines.size(); i++) {
            Cell c = sh.createRow(i).createCell(0);
            c.setCellValue(lines.get(i));
            c.setCellStyle(i == 0 ? header : locked);
        }
        sh.protectSheet("");
    }

    private XSSFSheet meta() {
        XSSFSheet m = wb.createSheet(WorkbookLayout.META);
        m.createRow(WorkbookLayout.META_QUESTIONNAIRE).createCell(0).setCellValue("questionnaire");
        m.getRow(WorkbookLayout.META_QUESTIONNAIRE).createCell(1).setCellValue(d.id());
        m.createRow(1).createCell(0).setCellValue("edition");
        m.getRow(1).createCell(1).setCellValue(d.edition());
        m.createRow(WorkbookLayout.META_FORMAT).createCell(0).setCellValue("format");
        m.getRow(WorkbookLayout.META_FORMAT).createCell(1).setCellValue(WorkbookLayout.FORMAT);
        m.createRow(3).createCell(0).setCellValue("language");
        m.getRow(3).createCell(1).setCellValue(s.language().code());
        int r = WorkbookLayout.META_AREAS;
        for (AreaDefinition a : d.areas()) {
            Row row = m.createRow(r++);
            row.createCell(0).setCellValue(a.id());
            row.createCell(1).setCellValue(WorkbookLayout.sheetName(a, s.language().code()));
        }
        Name name = wb.createName();
        name.setNameName(WorkbookLayout.NAME_QUESTIONNAIRE);
        name.setRefersToFormula("'" + WorkbookLayout.META + "'!$B$1");
        m.protectSheet("");
        return m;
    }

    private void area(AreaDefinition a) {
        XSSFSheet sh = wb.createSheet(WorkbookLayout.sheetName(a, s.language().code()));
        int[] widths = {10, 7, 60, 40, 26, 30, 50};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        sh.setColumnHidden(WorkbookLayout.COL_KEY, true);
        Row title = sh.createRow(0);
        cell(title, WorkbookLayout.COL_NUMBER, a.title(s.language().code()) + (a.optional() ? " — " + s.get("wb.optionalArea") : ""), header);
        Row head = sh.createRow(1);
        String[] heads = {"id", "wb.col.number", "wb.col.question", "wb.col.help", "wb.col.how", "wb.col.answer", "wb.col.evidence"};
        for (int i = 0; i < heads.length; i++) {
            cell(head, i, i == 0 ? "id" : s.get(heads[i]), header);
        }
        sh.createFreezePane(0, 2);
        int r = WorkbookLayout.FIRST_ROW;
        int n = 1;
        for (QuestionDefinition q : d.questionsOf(a.id())) {
            Row row = sh.createRow(r);
            cell(row, WorkbookLayout.COL_KEY, q.id(), locked);
            cell(row, WorkbookLayout.COL_NUMBER, a.order() + "." + n++, locked);
            cell(row, WorkbookLayout.COL_QUESTION, q.text(s.language().code()) + (q.optional() ? " (" + s.get("wb.optional") + ")" : ""), locked);
            cell(row, WorkbookLayout.COL_HELP, q.help(s.language().code()), locked);
            cell(row, WorkbookLayout.COL_HOW, how(q), locked);
            cell(row, WorkbookLayout.COL_EVIDENCE, "", open);
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                cell(row, WorkbookLayout.COL_ANSWER, "", closed);
                String tickList = list(List.of(s.get("wb.tick.yes"), s.get("wb.tick.no")));
                for (OptionDefinition o : q.options()) {
                    r++;
                    Row orow = sh.createRow(r);
                    cell(orow, WorkbookLayout.COL_KEY, q.id() + WorkbookLayout.OPTION_SEPARATOR + o.id(), locked);
                    cell(orow, WorkbookLayout.COL_QUESTION, "    ☐ " + o.label(s.language().code()), locked);
                    cell(orow, WorkbookLayout.COL_ANSWER, "", open);
                    validate(sh, r, sh.getDataValidationHelper().createFormulaListConstraint(tickList), "wb.err.tick");
                }
            } else {
                cell(row, WorkbookLayout.COL_ANSWER, "", open);
                validation(sh, r, q);
            }
            r++;
        }
        sh.protectSheet("");
    }

    private String how(QuestionDefinition q) {
        return switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> s.get("wb.how.choice");
            case MULTIPLE_CHOICE -> s.get("wb.how.multiple");
            case NUMBER -> q.integer() ? s.get("wb.how.integer") : s.get("wb.how.number");
            case PERCENTAGE -> s.get("wb.how.percentage");
            case FREE_TEXT -> s.get("wb.how.text");
        };
    }

    private void validation(XSSFSheet sh, int r, QuestionDefinition q) {
        DataValidationHelper h = sh.getDataValidationHelper();
        switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> validate(sh, r, h.createFormulaListConstraint(
                    list(q.options().stream().map(o -> o.label(s.language().code())).toList())), "wb.err.choice");
            case NUMBER -> {
                String lo = bound(q.lowest(), -1e12);
                String hi = bound(q.highest(), 1e12);
                validate(sh, r, q.integer()
                        ? h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, lo, hi)
                        : h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, lo, hi), "wb.err.number");
            }
            case PERCENTAGE -> validate(sh, r, h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "0", "100"), "wb.err.percentage");
            default -> {
            }
        }
    }

    private static String bound(double v, double fallback) {
        double b = Math.abs(v) >= Double.MAX_VALUE / 2 ? fallback : v;
        return b == Math.rint(b) ? String.valueOf((long) b) : String.valueOf(b);
    }

    private void validate(XSSFSheet sh, int r, DataValidationConstraint constraint, String errorKey) {
        DataValidation dv = sh.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(r, r, WorkbookLayout.COL_ANSWER, WorkbookLayout.COL_ANSWER));
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox(s.get("wb.err.title"), s.get(errorKey));
        dv.setSuppressDropDownArrow(true);
        sh.addValidationData(dv);
    }

    /** Puts the values in a new column of the lists sheet and returns the absolute range formula. */
    private String list(List<String> values) {
        int col = listColumn++;
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(col).setCellValue(values.get(i));
        }
        String c = CellReference.convertNumToColString(col);
        return "'" + WorkbookLayout.LISTS + "'!$" + c + "$1:$" + c + "$" + values.size();
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
