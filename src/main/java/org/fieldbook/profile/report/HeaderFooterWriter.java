package org.fieldbook.profile.report;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Header with the city's name and footer with the page number; the title page has neither. */
final class HeaderFooterWriter {
    private HeaderFooterWriter() {
    }

    static void write(ReportDocument d, String cityName) {
        write(d, cityName, d.messages.text("report.title"));
    }

    /** As above, with the report's own title in the header. */
    static void write(ReportDocument d, String cityName, String reportTitle) {
        CTSectPr sect = d.doc.getDocument().getBody().isSetSectPr() ? d.doc.getDocument().getBody().getSectPr()
                : d.doc.getDocument().getBody().addNewSectPr();
        while (sect.sizeOfHeaderReferenceArray() > 0) {
            sect.removeHeaderReference(0);
        }
        while (sect.sizeOfFooterReferenceArray() > 0) {
            sect.removeFooterReference(0);
        }
        XWPFHeader header = d.doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setStyle(d.styles.header());
        hp.setAlignment(ParagraphAlignment.RIGHT);
        hp.createRun().setText(cityName + " \u2013 " + reportTitle);

        XWPFFooter footer = d.doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setStyle(d.styles.footer());
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().setText(d.messages.text("report.page") + " ");
        WordFields.simple(fp, "PAGE", "1");

        d.doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        d.doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }
}
