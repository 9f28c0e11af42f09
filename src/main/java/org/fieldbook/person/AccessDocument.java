package org.fieldbook.person;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The answer to a request of access as a readable Word document (English or French): the person's record, the
 * meetings they attended, the quotes attributed to them, every place their name or contacts appear and the attached
 * files that hold them, from {@link PersonalDataService#export}. Written next to the target, then moved.
 */
public final class AccessDocument {
    private static final String FONT = "Calibri";
    private final org.fieldbook.support.Texts texts;
    private final Locale locale;

    private AccessDocument(String language) {
        this.texts = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.PERSON, language);
        this.locale = texts.locale();
    }

    private String t(String key, Object... args) {
        return texts.format(key, args);
    }

    /** Writes the document for {@code export} to {@code out} in {@code language} ("en" or "fr"); returns its size. */
    public static long write(Map<String, Object> export, Path out, String language, LocalDate today) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (XWPFDocument doc = new AccessDocument(language).build(export, today); OutputStream os = Files.newOutputStream(tmp)) {
                doc.write(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing left to clean
            }
        }
    }

    @SuppressWarnings("unchecked")
    private XWPFDocument build(Map<String, Object> export, LocalDate today) {
        XWPFDocument doc = new XWPFDocument();
        Map<String, Object> s = (Map<String, Object>) export.get("stakeholder");
        String name = String.valueOf(s.get("person"));
        doc.getProperties().getCoreProperties().setTitle(t("access.title", name));
        text(doc, t("access.title", name), 18, true);
        text(doc, t("access.intro", today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))), 10, false);

        heading(doc, t("access.record"));
        XWPFTable record = table(doc, 2);
        boolean first = true;
        for (String k : new String[] {"person", "organisation", "role", "category", "email", "phone", "city", "named_consent"}) {
            Object v = s.get(k);
            String value = v instanceof Boolean b ? t(b ? "access.yes" : "access.no") : v == null ? "" : String.valueOf(v);
            XWPFTableRow row = first ? record.getRow(0) : record.createRow();
            first = false;
            cell(row, 0, t("access.field." + k), true);
            cell(row, 1, value, false);
        }

        heading(doc, t("access.meetings"));
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) export.get("meetings_attended");
        rows(doc, meetings, new String[] {"day", "time", "title", "place"},
                new String[] {t("access.col.day"), t("access.col.time"), t("access.col.title"), t("access.col.place")});

        heading(doc, t("access.quotes"));
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) export.get("quotes");
        if (quotes.isEmpty()) {
            text(doc, t("access.none"), 11, false);
        }
        for (Map<String, Object> q : quotes) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            run(p, "\u201c" + String.valueOf(q.get("text")).strip() + "\u201d", 11, false).setItalic(true);
        }

        heading(doc, t("access.mentions"));
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) export.get("mentions");
        List<Map<String, Object>> readable = mentions.stream().map(m -> Map.<String, Object>of("where", where(String.valueOf(m.get("table"))),
                "text", plain(String.valueOf(m.get("text"))))).toList();
        rows(doc, readable, new String[] {"where", "text"}, new String[] {t("access.col.where"), t("access.col.text")});

        heading(doc, t("access.attachments"));
        List<Map<String, Object>> files = (List<Map<String, Object>>) export.getOrDefault("attachments", List.of());
        if (files.isEmpty()) {
            text(doc, t("access.none"), 11, false);
        }
        for (Map<String, Object> f : files) {
            text(doc, "\u2022 " + f.get("what"), 11, false);
        }
        return doc;
    }

    /** The words of a mention as a reader sees them (see {@link org.fieldbook.support.MarkdownText#plain}). */
    static String plain(String markdown) {
        return org.fieldbook.support.MarkdownText.plain(markdown);
    }

    private String where(String table) {
        return texts.has("access.where." + table) ? t("access.where." + table) : t("access.where.other", table);
    }

    private void rows(XWPFDocument doc, List<Map<String, Object>> rows, String[] keys, String[] heads) {
        if (rows.isEmpty()) {
            text(doc, t("access.none"), 11, false);
            return;
        }
        XWPFTable table = table(doc, keys.length);
        for (int i = 0; i < keys.length; i++) {
            cell(table.getRow(0), i, heads[i], true);
        }
        for (Map<String, Object> r : rows) {
            XWPFTableRow row = table.createRow();
            for (int i = 0; i < keys.length; i++) {
                Object v = r.get(keys[i]);
                cell(row, i, v == null ? "" : String.valueOf(v).replace('\n', ' '), false);
            }
        }
    }

    private static XWPFTable table(XWPFDocument doc, int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth("100%");
        return table;
    }

    private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
        while (row.getTableCells().size() <= i) {
            row.addNewTableCell();
        }
        var cell = row.getCell(i);
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        run(p, text, 10, bold);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, 13, true);
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, text, size, bold);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }
}
