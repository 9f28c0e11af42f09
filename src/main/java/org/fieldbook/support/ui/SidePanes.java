package org.fieldbook.support.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A main pane (an editor) with side panes left and right of it that fold away: each side pane has a toggle button,
 * keeps its width in pixels when the window is resized, and is remembered (open or folded, and its width) under
 * {@code name} between sessions. By default a side pane is open only when the main pane keeps at least half of the
 * window (or {@value #MAIN_ENOUGH} px) with it open, so a 1280–1366 px screen gives the editor the room.
 */
public final class SidePanes {
    /** Where open states and widths are kept (the workspace's settings; written off the FX thread by the caller). */
    public interface Memory {
        Optional<String> get(String key);

        void put(String key, String value);

        /** Kept for this run only (a view shown on its own, in a test). */
        static Memory inMemory() {
            java.util.Map<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>();
            return of(k -> Optional.ofNullable(kept.get(k)), kept::put);
        }

        static Memory of(Function<String, Optional<String>> get, BiConsumer<String, String> put) {
            return new Memory() {
                @Override
                public Optional<String> get(String key) {
                    return get.apply(key);
                }

                @Override
                public void put(String key, String value) {
                    put.accept(key, value);
                }
            };
        }
    }

    private final class Side {
        final String id;
        final Region pane;
        final boolean left;
        final double defaultWidth;
        final boolean always;
        final ToggleButton toggle = new ToggleButton();
        double width;
        Boolean remembered;

        Side(String id, Region pane, boolean left, double defaultWidth, boolean always) {
            this.id = id;
            this.pane = pane;
            this.left = left;
            this.defaultWidth = defaultWidth;
            this.always = always;
            this.width = defaultWidth;
        }
    }

    /** The main pane never needs more than this to let a side pane open by default (a wide screen keeps them all). */
    static final double MAIN_ENOUGH = 720;
    private final String name;
    private final Region main;
    private final Memory memory;
    private final SplitPane split = new SplitPane();
    private final List<Side> sides = new ArrayList<>();
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(500));
    private boolean placing;
    private boolean started;


    public SidePanes(String name, Region main, Memory memory) {
        this.name = name;
        this.main = main;
        this.memory = memory;
        split.getItems().add(main);
        split.setId(name + "Split");
        saveLater.setOnFinished(e -> save());
        // a width changes only when the person drags a divider: read when the drag ends (the split pane's own layout also
        // moves dividers, when panes come and go, and must not be taken for a choice)
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            readWidths();
            saveLater.playFromStart();
        });
        split.widthProperty().addListener((o, was, now) -> {
            if (now.doubleValue() <= 0) {
                return;
            }
            if (!started) {
                started = true;
                chooseOpen(now.doubleValue());
            }
            place();
        });
    }

    /**
     * Adds a side pane ({@code left} of the main pane or right of it, in the order added, outermost first); its
     * toggle button shows {@code label}. Until the person chooses, a pane {@code always} open is open; another is open
     * when the main pane keeps half the window beside it and the panes added before it.
     */
    public ToggleButton side(String id, String label, Region pane, boolean left, double defaultWidth, boolean always) {
        Side s = new Side(id, pane, left, defaultWidth, always);
        memory.get(key(id, "width")).map(SidePanes::number).filter(w -> w > 40).ifPresent(w -> s.width = w);
        memory.get(key(id, "open")).ifPresent(v -> s.remembered = Boolean.parseBoolean(v));
        s.toggle.setText(label);
        s.toggle.setId(id + "Toggle");
        s.toggle.getStyleClass().addAll("small", "side-pane-toggle");
        s.toggle.setMinWidth(Region.USE_PREF_SIZE);
        SplitPane.setResizableWithParent(pane, false);
        sides.add(s);
        s.toggle.selectedProperty().addListener((o, was, now) -> {
            if (placing) {
                return;
            }
            arrange();
            place();
            // the split pane's own layout of the new items may move the dividers once more: place them again after it
            javafx.application.Platform.runLater(this::place);
            saveLater.playFromStart();
        });
        return s.toggle;
    }

    public Node node() {
        return split;
    }

    /** The toggle of side pane {@code id}. */
    public ToggleButton toggle(String id) {
        return sides.stream().filter(s -> s.id.equals(id)).findFirst().orElseThrow().toggle;
    }

    /** First layout: what was remembered, else open while the main pane keeps half of the window. */
    private void chooseOpen(double total) {
        double windowWidth = split.getScene() == null || split.getScene().getWidth() <= 0 ? total : split.getScene().getWidth();
        double used = 0;
        placing = true;
        try {
            for (Side s : sides) {
                boolean open;
                if (s.remembered != null) {
                    open = s.remembered;
                } else {
                    open = s.always || total - used - s.width >= Math.min(windowWidth / 2, MAIN_ENOUGH);
                }
                if (open) {
                    used += s.width;
                }
                s.toggle.setSelected(open);
            }
        } finally {
            placing = false;
        }
        arrange();
    }

    /** Puts the open side panes into the split pane around the main pane, in their order. */
    private void arrange() {
        List<Node> items = new ArrayList<>();
        sides.stream().filter(s -> s.left && s.toggle.isSelected()).forEach(s -> items.add(s.pane));
        items.add(main);
        sides.stream().filter(s -> !s.left && s.toggle.isSelected()).forEach(s -> items.add(s.pane));
        if (!items.equals(split.getItems())) {
            split.getItems().setAll(items);
        }
    }

    /** Divider positions from the side panes' widths in pixels. */
    private void place() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        List<Node> items = split.getItems();
        double[] positions = new double[items.size() - 1];
        int mainAt = items.indexOf(main);
        double x = 0;
        for (int i = 0; i < mainAt; i++) {
            x += widthOf(items.get(i));
            positions[i] = x / w;
        }
        double fromRight = 0;
        for (int i = items.size() - 1; i > mainAt; i--) {
            fromRight += widthOf(items.get(i));
            positions[i - 1] = (w - fromRight) / w;
        }
        placing = true;
        try {
            split.setDividerPositions(positions);
        } finally {
            placing = false;
        }
    }

    private double widthOf(Node pane) {
        return sides.stream().filter(s -> s.pane == pane).findFirst().map(s -> s.width).orElse(0.0);
    }

    /** Side panes' widths as the person left them (after dragging a divider), from the divider positions. */
    private void readWidths() {
        double w = split.getWidth();
        List<Node> items = split.getItems();
        double[] pos = split.getDividerPositions();
        if (w <= 0 || pos.length != items.size() - 1) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            double px = ((i == items.size() - 1 ? 1 : pos[i]) - (i == 0 ? 0 : pos[i - 1])) * w;
            sides.stream().filter(x -> x.pane == item && px > 40).forEach(x -> x.width = px);
        }
    }

    private void save() {
        for (Side s : sides) {
            memory.put(key(s.id, "open"), String.valueOf(s.toggle.isSelected()));
            memory.put(key(s.id, "width"), String.valueOf(Math.round(s.width)));
        }
    }

    private String key(String id, String what) {
        return "ui." + name + "." + id + "." + what;
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1.0;
        }
    }
}
