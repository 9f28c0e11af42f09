package org.fieldbook.support.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Table pieces the screens share. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code text} of each row, {@code width} px wide to begin with. */
    public static <T> TableColumn<T, String> textColumn(String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * Readies a screen's list: its {@code id}, columns sharing its width (the last takes what is left), and
     * {@code empty} said while it has no rows.
     */
    public static void list(TableView<?> table, String id, String empty) {
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(empty));
    }
}
