package org.fieldbook.visit.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fieldbook.support.ui.Rows;

/** The visit screens' header rows: a title at the left, one control at the right, the space between them growing. */
final class TitleBar {
    private TitleBar() {
    }

    static HBox of(Node title, Node end, Pos alignment, Insets padding) {
        Region grow = Rows.grow();
        HBox bar = new HBox(8, title, grow, end);
        bar.setAlignment(alignment);
        bar.setPadding(padding);
        return bar;
    }
}
