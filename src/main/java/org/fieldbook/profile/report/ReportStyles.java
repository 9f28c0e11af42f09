package org.fieldbook.profile.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The style ids the report uses, looked up by Word's built-in style names in the template (a house template
 * may call its heading style "Titre1"); a style the template lacks is added from {@link DefaultStyles}.
 */
final class ReportStyles {
    private final Map<String, String> idByName = new HashMap<>();

    ReportStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        for (CTStyle s : parseDefaults().getStyleList()) {
            String name = s.getName().getVal();
            XWPFStyle existing = named(styles, name);
            String id;
            if (existing != null) {
                id = existing.getStyleId();
            } else {
                if (!styles.styleExist(s.getStyleId())) {
                    styles.addStyle(new XWPFStyle((CTStyle) s.copy(), styles));
                }
                id = s.getStyleId();
            }
            idByName.put(name.toLowerCase(Locale.ROOT), id);
        }
    }

    private static XWPFStyle named(XWPFStyles styles, String name) {
        XWPFStyle s = styles.getStyleWithName(name);
        if (s == null) {
            s = styles.getStyleWithName(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        if (s == null) {
            s = styles.getStyleWithName(name.toLowerCase(Locale.ROOT));
        }
        return s;
    }

    static CTStyles parseDefaults() {
        try {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(DefaultStyles.xml()).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("Fieldbook's default styles do not parse", e);
        }
    }

    String id(String builtInName) {
        return idByName.getOrDefault(builtInName.toLowerCase(Locale.ROOT), builtInName.replace(" ", ""));
    }

    String heading(int level) {
        return id("heading " + Math.max(1, Math.min(3, level)));
    }

    String title() {
        return id("Title");
    }

    String subtitle() {
        return id("Subtitle");
    }

    String quote() {
        return id("Quote");
    }

    String listBullet() {
        return id("List Bullet");
    }

    String listNumber() {
        return id("List Number");
    }

    String tocHeading() {
        return id("TOC Heading");
    }

    String toc(int level) {
        return id("toc " + Math.max(1, Math.min(3, level)));
    }

    String caption() {
        return id("caption");
    }

    String hyperlink() {
        return id("Hyperlink");
    }

    String tableGrid() {
        return id("Table Grid");
    }

    String header() {
        return id("header");
    }

    String footer() {
        return id("footer");
    }

    String code() {
        return id("Source Code");
    }
}
