package org.fieldbook.profile.report;

/**
 * The style sheet of Fieldbook's own report template (Word built-in style names, so Word's navigation pane,
 * table of contents and style gallery recognise them). Also used to add any style a house template lacks.
 */
final class DefaultStyles {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String BLUE = "003399";

    private DefaultStyles() {
    }

    static String xml() {
        return "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"140\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + para("Normal", "Normal", null, true, "", "")
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:semiHidden/></w:style>"
                + para("Title", "Title", "Normal", false, "<w:spacing w:before=\"2400\" w:after=\"240\"/><w:contextualSpacing/>",
                        "<w:rFonts w:ascii=\"Calibri Light\" w:hAnsi=\"Calibri Light\"/><w:color w:val=\"" + BLUE + "\"/><w:kern w:val=\"28\"/><w:sz w:val=\"60\"/><w:szCs w:val=\"60\"/>")
                + para("Subtitle", "Subtitle", "Normal", false, "<w:spacing w:after=\"200\"/>",
                        "<w:color w:val=\"404040\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
                + heading(1, "<w:spacing w:before=\"480\" w:after=\"160\"/>", "<w:color w:val=\"" + BLUE + "\"/><w:sz w:val=\"34\"/><w:szCs w:val=\"34\"/>")
                + heading(2, "<w:spacing w:before=\"320\" w:after=\"120\"/>", "<w:color w:val=\"2F5496\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
                + heading(3, "<w:spacing w:before=\"240\" w:after=\"80\"/>", "<w:color w:val=\"1F3763\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
                + para("Quote", "Quote", "Normal", false,
                        "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"" + BLUE + "\"/></w:pBdr>"
                                + "<w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"720\" w:right=\"720\"/>",
                        "<w:i/><w:iCs/><w:color w:val=\"404040\"/>")
                + para("ListBullet", "List Bullet", "Normal", false, "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/><w:contextualSpacing/>", "")
                + para("ListNumber", "List Number", "Normal", false, "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/><w:contextualSpacing/>", "")
                + para("TOCHeading", "TOC Heading", "Heading1", false, "<w:outlineLvl w:val=\"9\"/>", "")
                + para("TOC1", "toc 1", "Normal", false, "<w:spacing w:before=\"120\" w:after=\"40\"/>", "<w:b/>")
                + para("TOC2", "toc 2", "Normal", false, "<w:spacing w:after=\"20\"/><w:ind w:left=\"220\"/>", "")
                + para("TOC3", "toc 3", "Normal", false, "<w:spacing w:after=\"20\"/><w:ind w:left=\"440\"/>", "")
                + para("Header", "header", "Normal", false, "<w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/></w:tabs><w:spacing w:after=\"0\"/>",
                        "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + para("Footer", "footer", "Normal", false, "<w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/></w:tabs><w:spacing w:after=\"0\"/>",
                        "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + para("Caption", "caption", "Normal", false, "<w:spacing w:before=\"60\" w:after=\"200\"/>",
                        "<w:i/><w:iCs/><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + para("SourceCode", "Source Code", "Normal", false, "<w:spacing w:after=\"0\"/><w:ind w:left=\"360\"/>",
                        "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
                + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:tblPr><w:tblBorders>" + border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV")
                + "</w:tblBorders></w:tblPr></w:style>"
                + "</w:styles>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8EAADB\"/>";
    }

    private static String heading(int level, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/>" + pPr + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"Calibri Light\" w:hAnsi=\"Calibri Light\"/><w:b/><w:bCs/>" + rPr + "</w:rPr></w:style>";
    }

    private static String para(String id, String name, String basedOn, boolean isDefault, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
                + "</w:style>";
    }
}
