package org.fieldbook.profile.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fieldbook.profile.ProfileMessages;

/** The document being written, with its resolved styles, list numbering and language. */
final class ReportDocument {
    final XWPFDocument doc;
    final ReportStyles styles;
    final WordNumbering numbering;
    final ProfileMessages messages;

    ReportDocument(XWPFDocument doc, ProfileMessages messages) {
        this.doc = doc;
        this.styles = new ReportStyles(doc);
        this.numbering = new WordNumbering(doc);
        this.messages = messages;
    }

    XWPFParagraph paragraph(String styleId) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) {
            p.setStyle(styleId);
        }
        return p;
    }

    XWPFParagraph text(String styleId, String text) {
        XWPFParagraph p = paragraph(styleId);
        p.createRun().setText(text);
        return p;
    }

    XWPFParagraph heading(int level, String text) {
        return text(styles.heading(level), text);
    }

    XWPFParagraph listItem(boolean bullet, BigInteger numId, int level) {
        XWPFParagraph p = paragraph(bullet ? styles.listBullet() : styles.listNumber());
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(Math.min(2, level)));
        return p;
    }

    /** A short italic line standing in for text not written yet, in the document's normal style. */
    XWPFParagraph placeholder(String text) {
        XWPFParagraph p = paragraph(null);
        XWPFRun r = p.createRun();
        r.setItalic(true);
        r.setColor("6B6B6B");
        r.setText(text);
        return p;
    }

    void pageBreak() {
        XWPFRun r = doc.createParagraph().createRun();
        r.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }
}
