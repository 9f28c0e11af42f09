package org.fieldbook.support.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/** Renders light Markdown (paragraphs, headings, lists, bold, italic, code) into a TextFlow; no WebView. */
public final class MarkdownFlow {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownFlow() {
    }

    public static void render(String markdown, TextFlow into) {
        into.getChildren().clear();
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        doc.accept(new Renderer(into));
        if (!into.getChildren().isEmpty()) {
            Node last = doc.getLastChild();
            if (last != null && into.getChildren().get(into.getChildren().size() - 1) instanceof Text t && t.getText().equals("\n\n")) {
                into.getChildren().remove(t);
            }
        }
    }

    private static final class Renderer extends AbstractVisitor {
        private final TextFlow out;
        private boolean bold;
        private boolean italic;
        private double size = 13;
        private int listDepth;
        private int orderedIndex;

        Renderer(TextFlow out) {
            this.out = out;
        }

        private void emit(String s, boolean mono) {
            Text t = new Text(s);
            t.getStyleClass().add("md-text");
            t.setFont(mono ? Font.font("Monospaced", size) : Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                    italic ? FontPosture.ITALIC : FontPosture.REGULAR, size));
            out.getChildren().add(t);
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            emit(text.getLiteral(), false);
        }

        @Override
        public void visit(Code code) {
            emit(code.getLiteral(), true);
        }

        /** Renders the children of {@code n} in bold and/or italic (added to the style around it) at {@code inSize}. */
        private void styled(org.commonmark.node.Node n, boolean addBold, boolean addItalic, double inSize) {
            boolean wasBold = bold;
            boolean wasItalic = italic;
            double wasSize = size;
            bold |= addBold;
            italic |= addItalic;
            size = inSize;
            visitChildren(n);
            bold = wasBold;
            italic = wasItalic;
            size = wasSize;
        }

        @Override
        public void visit(StrongEmphasis e) {
            styled(e, true, false, size);
        }

        @Override
        public void visit(Emphasis e) {
            styled(e, false, true, size);
        }

        @Override
        public void visit(Heading h) {
            styled(h, true, false, h.getLevel() <= 1 ? 18 : h.getLevel() == 2 ? 16 : 14);
            emit("\n\n", false);
        }

        @Override
        public void visit(Paragraph p) {
            visitChildren(p);
            emit(listDepth > 0 ? "\n" : "\n\n", false);
        }

        /** Renders a list's items one level deeper; the outermost list ends with a blank line. */
        private void nested(org.commonmark.node.Node list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
            if (listDepth == 0) {
                emit("\n", false);
            }
        }

        @Override
        public void visit(BulletList list) {
            nested(list);
        }

        @Override
        public void visit(OrderedList list) {
            int was = orderedIndex;
            orderedIndex = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            nested(list);
            orderedIndex = was;
        }

        @Override
        public void visit(ListItem item) {
            String indent = "    ".repeat(Math.max(0, listDepth - 1));
            if (item.getParent() instanceof OrderedList) {
                emit(indent + (orderedIndex++) + ". ", false);
            } else {
                emit(indent + "•  ", false);
            }
            visitChildren(item);
        }

        @Override
        public void visit(SoftLineBreak b) {
            emit(" ", false);
        }

        @Override
        public void visit(HardLineBreak b) {
            emit("\n", false);
        }
    }
}
