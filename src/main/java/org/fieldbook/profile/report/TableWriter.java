package org.fieldbook.profile.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/** Word tables: a shaded header row repeated on each page, the template's "Table Grid" style, full width. */
final class TableWriter {
    static final int TEXT_WIDTH_TWIPS = 9026;
    private static final String HEADER_FILL = "DCE6F5";

    private final ReportDocument d;
    private final MarkdownWriter inline;

    TableWriter(ReportDocument d, MarkdownWriter inline) {
        this.d = d;
        this.inline = inline;
    }

    /** A table of plain strings; {@code weights} set relative column widths; numeric columns right-aligned. */
    XWPFTable table(List<String> header, List<List<String>> rows, int[] weights, boolean[] rightAligned) {
        return table(header, rows, weights, rightAligned, false);
    }

    /** As above; with {@code boldLastRow} the last row (a total) is bold. */
    XWPFTable table(List<String> header, List<List<String>> rows, int[] weights, boolean[] rightAligned, boolean boldLastRow) {
        XWPFTable t = create(rows.size() + 1, header.size(), weights);
        for (int c = 0; c < header.size(); c++) {
            var run = headerCell(t.getRow(0).getCell(c)).createRun();
            run.setBold(true);
            run.setText(header.get(c));
            align(t.getRow(0).getCell(c), rightAligned != null && rightAligned[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                XWPFTableCell cell = t.getRow(r + 1).getCell(c);
                String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                var run = cell.getParagraphs().get(0).createRun();
                run.setText(v == null ? "" : v);
                if (boldLastRow && r == rows.size() - 1) {
                    run.setBold(true);
                }
                align(cell, rightAligned != null && rightAligned[c]);
            }
        }
        return t;
    }

    void markdownTable(org.commonmark.ext.gfm.tables.TableBlock block) {
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> isHeader = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tr) {
                    rows.add(tr);
                    isHeader.add(part instanceof TableHead && !(part instanceof TableBody));
                }
            }
        }
        int cols = 0;
        for (TableRow r : rows) {
            int n = 0;
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            cols = Math.max(cols, n);
        }
        if (rows.isEmpty() || cols == 0) {
            return;
        }
        int[] weights = new int[cols];
        java.util.Arrays.fill(weights, 1);
        XWPFTable t = create(rows.size(), cols, weights);
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Node cellNode = rows.get(r).getFirstChild(); cellNode != null; cellNode = cellNode.getNext(), c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                XWPFParagraph p = isHeader.get(r) ? headerCell(cell) : cell.getParagraphs().get(0);
                inline.inlines(p, cellNode, isHeader.get(r) ? new MarkdownWriter.Format(true, false, false) : MarkdownWriter.Format.PLAIN);
                if (cellNode instanceof TableCell tc && tc.getAlignment() == TableCell.Alignment.RIGHT) {
                    align(cell, true);
                }
            }
        }
        d.paragraph(null);
    }

    private XWPFTable create(int rows, int cols, int[] weights) {
        XWPFTable t = d.doc.createTable(rows, cols);
        t.setStyleID(d.styles.tableGrid());
        t.setWidth("100%");
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // the table style's borders apply
        }
        if (pr.getTblLook() == null) {
            pr.addNewTblLook();
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = java.util.Arrays.stream(weights).sum();
        for (int w : weights) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH_TWIPS * w / total));
        }
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                row.getCell(c).setWidth(String.valueOf(TEXT_WIDTH_TWIPS * weights[c] / total));
            }
        }
        t.getRow(0).setRepeatHeader(true);
        return t;
    }

    private static XWPFParagraph headerCell(XWPFTableCell cell) {
        cell.setColor(HEADER_FILL);
        cell.getCTTc().getTcPr().getShd().setVal(STShd.CLEAR);
        XWPFParagraph p = cell.getParagraphs().get(0);

        return p;
    }

    private static void align(XWPFTableCell cell, boolean right) {
        if (right) {
            cell.getParagraphs().get(0).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        }
    }
}
