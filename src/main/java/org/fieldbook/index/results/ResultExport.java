package org.fieldbook.index.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/** Writes results in the columns {@link ResultImport} reads (CSV, or XLSX when the file name ends in .xlsx). */
final class ResultExport {
    private ResultExport() {
    }

    static List<String> header(List<IndexResult> results, Function<String, QuestionnaireDefinition> definitions) {
        Set<String> areas = new LinkedHashSet<>();
        for (IndexResult r : results) {
            QuestionnaireDefinition d = definitions.apply(r.questionnaireId());
            if (d != null) {
                d.areas().stream().map(AreaDefinition::id).forEach(areas::add);
            }
            areas.addAll(r.verifiedRates().keySet());
            areas.addAll(r.selfRates().keySet());
        }
        List<String> h = new ArrayList<>(List.of("city_id", "city", "country", "questionnaire", "date", "population",
                "foreign_born_pct", "source", "overall", "overall_self", "lens", "lens_self"));
        for (String a : areas) {
            h.add(a);
            h.add(a + "_self");
        }
        return h;
    }

    static List<Object> row(IndexResult r, List<String> header) {
        List<Object> out = new ArrayList<>();
        for (String h : header) {
            out.add(switch (h) {
                case "city_id" -> r.cityId();
                case "city" -> r.cityName();
                case "country" -> r.country();
                case "questionnaire" -> r.questionnaireId();
                case "date" -> r.date();
                case "population" -> r.population();
                case "foreign_born_pct" -> r.foreignBornPct();
                case "source" -> r.visitId() != null ? "visit " + r.visitId() : r.source();
                case "overall" -> r.overallVerified();
                case "overall_self" -> r.overallSelf();
                case "lens" -> r.lensVerified();
                case "lens_self" -> r.lensSelf();
                default -> h.endsWith("_self") ? r.selfRates().get(h.substring(0, h.length() - 5)) : r.verifiedRates().get(h);
            });
        }
        return out;
    }

    static void write(List<IndexResult> results, Function<String, QuestionnaireDefinition> definitions, Path out) {
        List<String> header = header(results, definitions);
        try {
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                xlsx(results, header, out);
            } else {
                StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
                for (IndexResult r : results) {
                    List<String> cells = new ArrayList<>();
                    for (Object v : row(r, header)) {
                        cells.add(csv(v));
                    }
                    sb.append(String.join(",", cells)).append('\n');
                }
                Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void xlsx(List<IndexResult> results, List<String> header, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            XSSFSheet sh = wb.createSheet("results");
            Row h = sh.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            int n = 1;
            for (IndexResult r : results) {
                Row row = sh.createRow(n++);
                List<Object> values = row(r, header);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof Number num) {
                        c.setCellValue(num.doubleValue());
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            }
            sh.createFreezePane(0, 1);
            wb.write(os);
        }
    }

    private static String csv(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d ? (d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(Math.round(d * 10000.0) / 10000.0))
                : v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
