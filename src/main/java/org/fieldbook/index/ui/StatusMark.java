package org.fieldbook.index.ui;

import javafx.scene.Node;
import javafx.scene.shape.Circle;
import org.fieldbook.index.verify.VerificationStatus;

/**
 * A verification status as a small mark for the question list: an empty ring (not checked), a filled green dot
 * (confirmed), a filled amber dot (corrected), a dashed red ring (could not verify). Shapes differ as well as colours.
 */
final class StatusMark {
    private StatusMark() {
    }

    static Node of(VerificationStatus status) {
        Circle c = new Circle(5);
        c.getStyleClass().addAll("status-mark", "status-mark-" + status.id());
        c.setStyle(switch (status) {
            case NOT_CHECKED -> "-fx-fill: transparent; -fx-stroke: -color-fg-muted; -fx-stroke-width: 1.5;";
            case CONFIRMED -> "-fx-fill: -color-success-emphasis; -fx-stroke: -color-success-emphasis;";
            case CORRECTED -> "-fx-fill: -color-warning-emphasis; -fx-stroke: -color-warning-emphasis;";
            case COULD_NOT_VERIFY -> "-fx-fill: transparent; -fx-stroke: -color-danger-emphasis; -fx-stroke-width: 2;"
                    + " -fx-stroke-dash-array: 2 2;";
        });
        return c;
    }
}
