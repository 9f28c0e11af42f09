package org.fieldbook.index.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** How many of an area's questions the expert has checked. */
public final class AreaProgress {
    private final String areaId;
    private final String title;
    private final int total;
    private final IntegerProperty checked = new SimpleIntegerProperty();

    AreaProgress(String areaId, String title, int total) {
        this.areaId = areaId;
        this.title = title;
        this.total = total;
    }

    public String areaId() {
        return areaId;
    }

    public String title() {
        return title;
    }

    public int total() {
        return total;
    }

    public IntegerProperty checkedProperty() {
        return checked;
    }

    public int checked() {
        return checked.get();
    }
}
