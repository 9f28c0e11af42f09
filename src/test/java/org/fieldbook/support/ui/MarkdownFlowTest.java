package org.fieldbook.support.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class MarkdownFlowTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Text> render(String markdown) {
        TextFlow flow = new TextFlow();
        MarkdownFlow.render(markdown, flow);
        return flow.getChildren().stream().map(Text.class::cast).toList();
    }

    private static String style(Text t) {
        return t.getText().replace("\n", "\\n") + "|" + t.getFont().getStyle().toLowerCase(java.util.Locale.ROOT)
                + "|" + (int) t.getFont().getSize();
    }

    @Test
    void boldItalicAndHeadingsNestAndEndWhereTheyEnd() {
        List<String> got = render("# Head *it*\n\nplain **bold *both*** after").stream().map(MarkdownFlowTest::style)
                .collect(Collectors.toList());
        assertEquals("Head |bold|18", got.get(0));
        assertEquals("it|bold italic|18", got.get(1));
        assertEquals("\\n\\n|regular|13", got.get(2));
        assertEquals("plain |regular|13", got.get(3));
        assertEquals("bold |bold|13", got.get(4));
        assertEquals("both|bold italic|13", got.get(5));
        assertEquals(" after|regular|13", got.get(6));
    }

    @Test
    void listsNumberFromTheirStartAndEndWithOneBlankLine() {
        String text = render("3. a\n4. b\n\n- x\n  - y\n").stream().map(Text::getText).collect(Collectors.joining());
        assertEquals("3. a\n4. b\n\n•  x\n    •  y\n\n", text);
    }
}
