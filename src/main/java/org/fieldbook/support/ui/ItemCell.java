package org.fieldbook.support.ui;

import javafx.scene.control.ListCell;

/**
 * A list cell that draws its item as a graphic, never as text: {@link #show} builds the graphic (and the accessible
 * text, a tooltip) for an item; an empty cell shows nothing and keeps no text, tooltip or accessible text of the item
 * it showed before.
 */
public abstract class ItemCell<T> extends ListCell<T> {
    /** A cell as wide as the list: its graphic never widens the list (no horizontal scroll bar). */
    protected ItemCell() {
        this(true);
    }

    /** {@code fitListWidth} false: the cell takes the width its graphic asks for. */
    protected ItemCell(boolean fitListWidth) {
        if (fitListWidth) {
            setPrefWidth(0);
        }
    }

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        show(item);
    }

    /** Shows {@code item} (never null): sets the graphic, and the accessible text where the graphic needs one. */
    protected abstract void show(T item);
}
