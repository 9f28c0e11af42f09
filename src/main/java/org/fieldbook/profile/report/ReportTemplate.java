package org.fieldbook.profile.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word template a report starts from: the office's house template (--template) or Fieldbook's own
 * ({@code profile-template.docx}, also in assets/templates). Its styles, page set-up and numbering are kept;
 * any content in it is removed.
 */
public final class ReportTemplate {
    static final String BUNDLED = "/org/fieldbook/profile/report/profile-template.docx";

    private ReportTemplate() {
    }

    /** Opens the template as a new, empty document. */
    static XWPFDocument open(Path houseTemplate) {
        XWPFDocument doc;
        if (houseTemplate != null) {
            if (!Files.isRegularFile(houseTemplate)) {
                throw new IllegalArgumentException("The template " + houseTemplate + " does not exist");
            }
            try (InputStream in = Files.newInputStream(houseTemplate)) {
                doc = new XWPFDocument(in);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("The template " + houseTemplate + " is not a readable Word document (.docx): "
                        + e.getMessage(), e);
            }
        } else {
            try (InputStream in = ReportTemplate.class.getResourceAsStream(BUNDLED)) {
                doc = in == null ? createDefault() : new XWPFDocument(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the bundled report template", e);
            }
        }
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        return doc;
    }

    /** Fieldbook's own template: the default styles on A4 pages with 2.5 cm margins. */
    public static XWPFDocument createDefault() {
        XWPFDocument doc = new XWPFDocument();
        doc.createStyles().setStyles(ReportStyles.parseDefaults());
        doc.createNumbering();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1418));
        mar.setLeft(BigInteger.valueOf(1440));
        mar.setRight(BigInteger.valueOf(1440));
        mar.setHeader(BigInteger.valueOf(708));
        mar.setFooter(BigInteger.valueOf(708));
        mar.setGutter(BigInteger.ZERO);
        doc.createParagraph().createRun().setText("Fieldbook report template: the styles of this document are used for exported profiles.");
        return doc;
    }

    /** Writes Fieldbook's own template to a file (how assets/templates/profile-template.docx was made). */
    public static void writeDefault(Path file) throws IOException {
        try (XWPFDocument doc = createDefault(); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
