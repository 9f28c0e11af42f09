package org.fieldbook.support.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

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
}
