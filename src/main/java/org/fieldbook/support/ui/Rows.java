package org.fieldbook.support.ui;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small pieces of the views' rows. */
public final class Rows {
    private Rows() {
    }

    /** An empty region that takes its row's spare width, so what follows it stands at the right. */
    public static Region grow() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }
}
