package org.fieldbook.profile.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Writes a section's Markdown as Word content: headings ("#" and "##" one level below the section, "###" two), paragraphs,
 * bulleted and numbered lists (nested), bold, italic, code, links as hyperlinks, block quotes in the Quote
 * style, pipe tables as Word tables. HTML (e.g. source markers) is left out.
 */
final class MarkdownWriter {
    static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final ReportDocument d;
    private final int baseLevel;

    /** Formatting carried down to runs. */
    record Format(boolean bold, boolean italic, boolean code) {
        static final Format PLAIN = new Format(false, false, false);
    }

    /** Where a block is: inside a quote, inside a list item (the first paragraph gets the number). */
    private record Context(boolean quote, BigInteger numId, boolean bullet, int level) {
        static final Context TOP = new Context(false, null, false, -1);
    }

    MarkdownWriter(ReportDocument d, int baseLevel) {
        this.d = d;
        this.baseLevel = baseLevel;
    }

    void write(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        blocks(PARSER.parse(markdown), Context.TOP);
    }

    private void blocks(Node parent, Context ctx) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, ctx);
        }
    }

    private void block(Node n, Context ctx) {
        if (n instanceof Heading h) {
            inlines(d.paragraph(d.styles.heading(baseLevel + Math.max(1, h.getLevel() - 1))), h, Format.PLAIN);
        } else if (n instanceof Paragraph) {
            inlines(paragraphFor(ctx), n, Format.PLAIN);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list((ListBlock) n, ctx);
        } else if (n instanceof BlockQuote) {
            blocks(n, new Context(true, ctx.numId(), ctx.bullet(), ctx.level()));
        } else if (n instanceof FencedCodeBlock f) {
            code(f.getLiteral());
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral());
        } else if (n instanceof TableBlock t) {
            new TableWriter(d, this).markdownTable(t);
        } else if (n instanceof ThematicBreak) {
            d.paragraph(null);
        } else if (!(n instanceof HtmlBlock)) {
            blocks(n, ctx);
        }
    }

    private XWPFParagraph paragraphFor(Context ctx) {
        if (ctx.quote()) {
            return d.paragraph(d.styles.quote());
        }
        if (ctx.numId() != null) {
            return d.listItem(ctx.bullet(), ctx.numId(), ctx.level());
        }
        return d.paragraph(null);
    }

    private void list(ListBlock list, Context ctx) {
        boolean bullet = list instanceof BulletList;
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        BigInteger numId = bullet ? d.numbering.bullets() : d.numbering.numbered(start == null ? 1 : start);
        int level = ctx.level() + 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    XWPFParagraph p = first ? d.listItem(bullet, numId, level) : continuation(level);
                    inlines(p, child, Format.PLAIN);
                    first = false;
                } else {
                    block(child, new Context(ctx.quote(), numId, bullet, level));
                }
            }
        }
    }

    /** A further paragraph of a list item: indented like the item, without a number. */
    private XWPFParagraph continuation(int level) {
        XWPFParagraph p = d.paragraph(null);
        p.setIndentationLeft(720 + 360 * Math.min(2, level));
        return p;
    }

    private void code(String literal) {
        for (String line : literal.stripTrailing().split("\n", -1)) {
            d.text(d.styles.code(), line);
        }
    }

    /** Writes the inline children of {@code parent} into {@code p}. */
    void inlines(XWPFParagraph p, Node parent, Format f) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                boolean beforeTrailingHtml = t.getNext() instanceof HtmlInline && t.getNext().getNext() == null;
                run(p.createRun(), beforeTrailingHtml ? t.getLiteral().stripTrailing() : t.getLiteral(), f);
            } else if (n instanceof Emphasis) {
                inlines(p, n, new Format(f.bold(), true, f.code()));
            } else if (n instanceof StrongEmphasis) {
                inlines(p, n, new Format(true, f.italic(), f.code()));
            } else if (n instanceof Code c) {
                run(p.createRun(), c.getLiteral(), new Format(f.bold(), f.italic(), true));
            } else if (n instanceof Link l) {
                XWPFHyperlinkRun r = p.createHyperlinkRun(l.getDestination());
                r.setStyle(d.styles.hyperlink());
                run(r, plainText(l), f);
            } else if (n instanceof Image img) {
                run(p.createRun(), plainText(img), new Format(f.bold(), true, false));
            } else if (n instanceof SoftLineBreak) {
                run(p.createRun(), " ", f);
            } else if (n instanceof HardLineBreak) {
                p.createRun().addBreak(BreakType.TEXT_WRAPPING);
            } else if (!(n instanceof HtmlInline)) {
                inlines(p, n, f);
            }
        }
    }

    private static void run(XWPFRun r, String text, Format f) {
        r.setText(text);
        if (f.bold()) {
            r.setBold(true);
        }
        if (f.italic()) {
            r.setItalic(true);
        }
        if (f.code()) {
            r.setFontFamily("Consolas");
        }
    }

    static String plainText(Node parent) {
        StringBuilder b = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                b.append(' ');
            } else {
                b.append(plainText(n));
            }
        }
        return b.toString();
    }
}
