package org.fieldbook.index.results;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A results file as text cells: the header (row 1) and the data rows with their row number as a spreadsheet shows
 * it. CSV may be separated by commas or, as spreadsheets in French write it, by semicolons (then a decimal comma is
 * read as a decimal point); fields may be quoted. XLSX: the first sheet; dates become ISO text.
 */
record ResultTable(List<String> header, List<Line> rows, boolean decimalComma) {
    record Line(int number, List<String> cells) {
        String get(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }
    }

    static ResultTable read(byte[] bytes, String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsx(bytes);
        }
        return csv(new String(bytes, StandardCharsets.UTF_8));
    }

    static ResultTable csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char sep = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == sep) {
                current.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(field.toString());
                field.setLength(0);
                records.add(current);
                numbers.add(recordLine);
                current = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !current.isEmpty()) {
            current.add(field.toString());
            records.add(current);
            numbers.add(recordLine);
        }
        return of(records, numbers, sep == ';');
    }

    static ResultTable xlsx(byte[] bytes) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sh = wb.getSheetAt(0);
            for (Row row : sh) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(text(cell, format));
                }
                records.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable .xlsx workbook (damaged, or another format): "
                    + e.getClass().getSimpleName());
        }
        return of(records, numbers, false);
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return String.valueOf(cell.getNumericCellValue());
        }
        if (cell.getCellType() == CellType.ERROR) {
            return "#ERROR";
        }
        return format.formatCellValue(cell);
    }

    private static ResultTable of(List<List<String>> records, List<Integer> numbers, boolean decimalComma) {
        int headerAt = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).stream().anyMatch(s -> !s.isBlank())) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            return new ResultTable(List.of(), List.of(), decimalComma);
        }
        List<String> header = records.get(headerAt).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        List<Line> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < records.size(); i++) {
            if (records.get(i).stream().anyMatch(s -> !s.isBlank())) {
                rows.add(new Line(numbers.get(i), records.get(i)));
            }
        }
        return new ResultTable(header, rows, decimalComma);
    }
}
