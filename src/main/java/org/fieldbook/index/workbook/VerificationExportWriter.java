package org.fieldbook.index.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.answer.AnswerText;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.score.AreaScore;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.verify.EvidenceLink;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;

/**
 * Writes a visit's verification as a workbook: the verification table (question, city's answer, verified
 * answer, status, rationale, evidence references), an area summary sheet, and a native Excel bar chart of
 * the rates per area (self-assessed, verified, sample mean when known).
 */
public final class VerificationExportWriter implements WorkbookFile {
    /** Everything the export shows. {@code comparison} may be null; {@code describe} names a linked piece of evidence. */
    public record Input(QuestionnaireDefinition definition, Map<String, CityAnswer> answers, Map<String, Verification> checks,
                        IndexScore score, SampleComparison comparison, Function<EvidenceLink, String> describe) {
    }

    private final Input in;
    private final org.fieldbook.support.Texts s;

    public VerificationExportWriter(Input input, String language) {
        this(input, language, java.util.function.UnaryOperator.identity());
    }

    /** {@code text}: the filter free texts (evidence, rationale, linked notes) go through, e.g. names withheld. */
    public VerificationExportWriter(Input input, String language, java.util.function.UnaryOperator<String> text) {
        this.in = input;
        this.s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language);
        this.text = text;
    }

    private final java.util.function.UnaryOperator<String> text;

    @Override
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            table(wb.createSheet(s.get("ex.table")), head, wrap);
            summary(wb.createSheet(s.get("ex.summary")), head, pct);
            wb.write(out);
        }
    }

    private void table(XSSFSheet sh, CellStyle head, CellStyle wrap) {
        String[] cols = {"ex.col.area", "ex.col.question", "ex.col.city", "ex.col.cityEvidence", "ex.col.verified",
                "ex.col.status", "ex.col.rationale", "ex.col.links"};
        int[] widths = {22, 60, 24, 36, 24, 16, 40, 40};
        Row h = sh.createRow(0);
        for (int i = 0; i < cols.length; i++) {
            cell(h, i, s.get(cols[i]), head);
            sh.setColumnWidth(i, widths[i] * 256);
        }
        sh.createFreezePane(0, 1);
        int r = 1;
        QuestionnaireDefinition d = in.definition();
        for (AreaDefinition a : d.areas()) {
            for (QuestionDefinition q : d.questionsOf(a.id())) {
                CityAnswer ca = in.answers().get(q.id());
                Verification v = in.checks().getOrDefault(q.id(), Verification.notChecked(q.id()));
                Row row = sh.createRow(r++);
                cell(row, 0, a.title(s.language().code()), wrap);
                cell(row, 1, q.id() + " " + q.text(s.language().code()), wrap);
                cell(row, 2, ca == null ? "" : AnswerText.format(q, ca.value(), s.language().code()), wrap);
                cell(row, 3, ca == null ? "" : text.apply(ca.evidence()), wrap);
                cell(row, 4, v.status() == VerificationStatus.CORRECTED ? AnswerText.format(q, v.verifiedValue(), s.language().code()) : "", wrap);
                cell(row, 5, s.get("status." + v.status().id()), wrap);
                cell(row, 6, text.apply(v.rationale()), wrap);
                cell(row, 7, text.apply(v.links().stream().map(in.describe()).collect(Collectors.joining("\n"))), wrap);
            }
        }
        sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, cols.length - 1));
    }

    private void summary(XSSFSheet sh, CellStyle head, CellStyle pct) {
        boolean withSample = in.comparison() != null && !in.comparison().groups().isEmpty();
        String[] cols = {"ex.col.area", "ex.col.weight", "ex.col.counted", "ex.col.self", "ex.col.verifiedRate",
                "ex.col.difference", "ex.col.sample"};
        int ncols = withSample ? cols.length : cols.length - 1;
        Row h = sh.createRow(0);
        for (int i = 0; i < ncols; i++) {
            cell(h, i, s.get(cols[i]), head);
            sh.setColumnWidth(i, (i == 0 ? 40 : 16) * 256);
        }
        List<AreaScore> areas = in.score().areas();
        int r = 1;
        for (AreaScore a : areas) {
            Row row = sh.createRow(r++);
            cell(row, 0, in.definition().area(a.areaId()).map(x -> x.title(s.language().code())).orElse(a.areaId()), null);
            row.createCell(1).setCellValue(a.weight());
            cell(row, 2, a.counted() ? s.get("v.yes") : "", null);
            number(row, 3, a.self().rate(), pct);
            number(row, 4, a.verified().rate(), pct);
            number(row, 5, a.difference(), pct);
            if (withSample) {
                number(row, 6, in.comparison().mean(a.areaId()).map(st -> st.mean()).orElse(null), pct);
            }
        }
        Row total = sh.createRow(r + 1);
        cell(total, 0, s.get("ex.overall"), head);
        number(total, 3, in.score().overallSelf(), pct);
        number(total, 4, in.score().overallVerified(), pct);
        number(total, 5, in.score().overallDifference(), pct);
        if (withSample && in.comparison().rank() != null) {
            cell(total, 6, s.format("v.rank", in.comparison().rank(), in.comparison().rankOutOf()), null);
        }
        AreaChart.add(sh, areas.size(), withSample ? 3 : 2, s.get("ex.chart"), ncols + 1);
    }

    private static void number(Row row, int col, Double v, CellStyle style) {
        if (v != null) {
            Cell c = row.createCell(col);
            c.setCellValue(v);
            c.setCellStyle(style);
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
