package org.fieldbook.profile.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * The small workbook embedded in a Word chart, which Word opens to edit the chart's data: one sheet, the categories
 * in column A from row 2, one column per series with its name in row 1 and its values below (a missing value is an
 * empty cell). Written directly as SpreadsheetML (inline strings, no styles): building it with POI's XSSF cost more
 * than the whole rest of a report in a fresh process.
 */
final class ChartWorkbook {
    static final String SHEET = "Sheet1";

    private ChartWorkbook() {
    }

    /** The absolute reference of rows {@code firstRow}…{@code firstRow + count - 1} (0-based) of a column. */
    static String range(int column, int firstRow, int count) {
        String col = CellReference.convertNumToColString(column);
        String from = "$" + col + "$" + (firstRow + 1);
        return SHEET + "!" + (count <= 1 ? from : from + ":$" + col + "$" + (firstRow + count));
    }

    static byte[] xlsx(List<String> categories, List<WordCharts.Series> series) {
        StringBuilder sheet = new StringBuilder(1024 + 64 * categories.size() * (series.size() + 1));
        sheet.append(XML).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
        sheet.append("<row r=\"1\">");
        for (int i = 0; i < series.size(); i++) {
            text(sheet, i + 1, 0, series.get(i).name());
        }
        sheet.append("</row>");
        for (int r = 0; r < categories.size(); r++) {
            sheet.append("<row r=\"").append(r + 2).append("\">");
            text(sheet, 0, r + 1, categories.get(r));
            for (int i = 0; i < series.size(); i++) {
                Double[] values = series.get(i).values();
                Double v = r < values.length ? values[r] : null;
                if (v != null && Double.isFinite(v)) {
                    sheet.append("<c r=\"").append(cell(i + 1, r + 1)).append("\"><v>").append(v).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048 + sheet.length());
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static String cell(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static void text(StringBuilder sb, int column, int row, String text) {
        sb.append("<c r=\"").append(cell(column, row)).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(sb, text == null ? "" : text);
        sb.append("</t></is></c>");
    }

    /** XML text: markup characters escaped, characters XML 1.0 does not allow left out. */
    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            sb.append(ch);
                        }
                    }
                }
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
