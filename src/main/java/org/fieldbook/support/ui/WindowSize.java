package org.fieldbook.support.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * How big the main window opens: 1280×800 when the screen has room, else the screen's usable area (without task
 * bars), so nothing is cut off on a 1366×768 laptop; never smaller than the layout needs (or the screen allows).
 */
public record WindowSize(double width, double height, double minWidth, double minHeight) {
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 640;

    /** The size for a screen whose usable area is {@code visual}. */
    public static WindowSize forScreen(Rectangle2D visual) {
        double w = Math.min(PREFERRED_WIDTH, visual.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, visual.getHeight());
        return new WindowSize(w, h, Math.min(MIN_WIDTH, w), Math.min(MIN_HEIGHT, h));
    }

    /** Centres the stage in the usable area (keeping its title bar on screen). */
    public void place(Stage stage, Rectangle2D visual) {
        stage.setX(visual.getMinX() + Math.max(0, (visual.getWidth() - width) / 2));
        stage.setY(visual.getMinY() + Math.max(0, (visual.getHeight() - height) / 2));
    }
}
