package org.fieldbook.profile.report;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields written as complex fields (begin, instruction, separate, cached result, end). */
final class WordFields {
    private WordFields() {
    }

    /** Starts a field in the paragraph; marked dirty so Word recalculates it when the document opens. */
    static void begin(XWPFParagraph p, String instruction, boolean dirty) {
        CTFldChar begin = p.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A whole field in one paragraph with {@code cached} as the result shown until Word updates it. */
    static XWPFRun simple(XWPFParagraph p, String instruction, String cached) {
        begin(p, instruction, false);
        XWPFRun result = p.createRun();
        result.setText(cached);
        end(p);
        return result;
    }
}
