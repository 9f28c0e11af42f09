package org.fieldbook.profile.ui;

import java.util.List;
import java.util.regex.Matcher;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.fieldbook.profile.EvidenceService;

/**
 * Renders Markdown as JavaFX nodes (no WebView): headings, paragraphs with bold/italic/links, lists, quotes,
 * tables; a paragraph drafted from a note shows a small "source" tag.
 */
public final class MarkdownPreview {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final double BASE = 13;
    private static final String LINE_BREAK = String.valueOf((char) 10);

    private final String sourceTag;

    private MarkdownPreview(String sourceTag) {
        this.sourceTag = sourceTag;
    }

    /** {@code sourceTag} is the text of the tag shown on paragraphs drafted from a note. */
    public static VBox render(String markdown, String sourceTag) {
        VBox box = new VBox(8);
        box.getStyleClass().add("markdown-preview");
        new MarkdownPreview(sourceTag).blocks(PARSER.parse(markdown == null ? "" : markdown), box, 0);
        return box;
    }

    private void blocks(org.commonmark.node.Node parent, VBox into, int depth) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node fx = block(n, depth);
            if (fx != null) {
                into.getChildren().add(fx);
            }
        }
    }

    private Node block(org.commonmark.node.Node n, int depth) {
        if (n instanceof Heading h) {
            TextFlow f = flow(h, Math.max(BASE + 1, BASE + 9 - 3 * h.getLevel()), true);
            f.getStyleClass().add("md-heading");
            return f;
        }
        if (n instanceof Paragraph) {
            return flow(n, BASE, false);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox(2);
            int i = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (var item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    VBox content = new VBox(2);
                    blocks(item, content, depth + 1);
                    Label marker = new Label(n instanceof OrderedList ? (i++) + "." : "\u2022");
                    marker.setMinWidth(22);
                    list.getChildren().add(new HBox(4, marker, content));
                }
            }
            list.setStyle("-fx-padding: 0 0 0 " + (depth * 12) + ";");
            return list;
        }
        if (n instanceof BlockQuote) {
            VBox q = new VBox(4);
            blocks(n, q, depth);
            q.getStyleClass().add("md-quote");
            q.setStyle("-fx-border-color: transparent transparent transparent #003399; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 10;");
            q.getChildren().forEach(c -> c.setStyle("-fx-font-style: italic;"));
            return q;
        }
        if (n instanceof FencedCodeBlock f) {
            return code(f.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof TableBlock t) {
            return table(t);
        }
        return null;
    }

    private static Node code(String literal) {
        Text t = new Text(literal.stripTrailing());
        t.setFont(Font.font("Monospaced", BASE - 1));
        return new TextFlow(t);
    }

    private Node table(TableBlock t) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("md-table");
        int r = 0;
        for (var part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (var row = part.getFirstChild(); row != null; row = row.getNext(), r++) {
                int c = 0;
                for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    if (cell instanceof TableCell) {
                        grid.add(flow(cell, BASE, part instanceof TableHead), c, r);
                    }
                }
            }
        }
        return grid;
    }

    private TextFlow flow(org.commonmark.node.Node parent, double size, boolean bold) {
        TextFlow f = new TextFlow();
        inlines(parent, f, size, bold, false, false);
        return f;
    }

    private void inlines(org.commonmark.node.Node parent, TextFlow f, double size, boolean bold, boolean italic, boolean link) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                f.getChildren().add(text(t.getLiteral(), size, bold, italic, link));
            } else if (n instanceof Code c) {
                Text t = new Text(c.getLiteral());
                t.setFont(Font.font("Monospaced", size));
                f.getChildren().add(t);
            } else if (n instanceof Emphasis) {
                inlines(n, f, size, bold, true, link);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, f, size, true, italic, link);
            } else if (n instanceof Link) {
                inlines(n, f, size, bold, italic, true);
            } else if (n instanceof SoftLineBreak) {
                f.getChildren().add(text(" ", size, bold, italic, link));
            } else if (n instanceof HardLineBreak) {
                f.getChildren().add(new Text(LINE_BREAK));
            } else if (n instanceof HtmlInline h) {
                Matcher m = EvidenceService.MARKER.matcher(h.getLiteral());
                if (m.matches()) {
                    Label tag = new Label(sourceTag);
                    tag.getStyleClass().add("md-source");
                    tag.setStyle("-fx-font-size: 9; -fx-text-fill: -color-warning-fg; -fx-background-color: -color-warning-subtle; -fx-padding: 0 3 0 3;");
                    tag.setUserData(m.group(1));
                    f.getChildren().add(tag);
                }
            } else {
                inlines(n, f, size, bold, italic, link);
            }
        }
    }

    private static Text text(String s, double size, boolean bold, boolean italic, boolean link) {
        Text t = new Text(s);
        t.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, italic ? FontPosture.ITALIC : FontPosture.REGULAR, size));
        if (link) {
            t.setUnderline(true);
            t.setStyle("-fx-fill: -color-accent-fg;");
        }
        return t;
    }
}
