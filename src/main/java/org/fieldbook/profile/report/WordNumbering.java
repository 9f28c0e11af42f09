package org.fieldbook.profile.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;

/**
 * Real Word numbering definitions for lists: one shared bullet definition, and a fresh decimal definition
 * per numbered list so each list starts again at 1.
 */
final class WordNumbering {
    private static final java.util.List<String> BULLETS = java.util.List.of("\u2022", "\u2013", "\u25aa");

    private final XWPFNumbering numbering;
    private BigInteger bulletNum;
    private int nextAbstract;

    WordNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        this.nextAbstract = 9000;
    }

    /** The numId of the bullet list definition. */
    BigInteger bullets() {
        if (bulletNum == null) {
            bulletNum = numbering.addNum(add(definition(true)));
        }
        return bulletNum;
    }

    /** A new numId for one numbered list, starting at {@code start}. */
    BigInteger numbered(int start) {
        return numbering.addNum(add(definition(false, start)));
    }

    private BigInteger add(CTAbstractNum ct) {
        return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
    }

    private CTAbstractNum definition(boolean bullet) {
        return definition(bullet, 1);
    }

    private CTAbstractNum definition(boolean bullet, int start) {
        int id = nextAbstract++;
        StringBuilder x = new StringBuilder("<w:numbering xmlns:w=\"" + DefaultStyles.W + "\"><w:abstractNum w:abstractNumId=\"" + id + "\">")
                .append("<w:nsid w:val=\"").append(String.format("%08X", 0x5F1E0000 + id)).append("\"/>")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int lvl = 0; lvl < 3; lvl++) {
            String fmt = bullet ? "bullet" : new String[] {"decimal", "lowerLetter", "lowerRoman"}[lvl];
            String text = bullet ? BULLETS.get(lvl) : "%" + (lvl + 1) + ".";
            x.append("<w:lvl w:ilvl=\"").append(lvl).append("\"><w:start w:val=\"").append(lvl == 0 ? start : 1).append("\"/>")
                    .append("<w:numFmt w:val=\"").append(fmt).append("\"/><w:lvlText w:val=\"").append(text).append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(720 + 360 * lvl)
                    .append("\" w:hanging=\"").append(bullet ? 360 : 454).append("\"/></w:pPr></w:lvl>");
        }
        x.append("</w:abstractNum></w:numbering>");
        try {
            CTNumbering holder = org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(x.toString())
                    .getNumbering();
            return holder.getAbstractNumArray(0);
        } catch (XmlException e) {
            throw new IllegalStateException("Bad numbering definition", e);
        }
    }
}
