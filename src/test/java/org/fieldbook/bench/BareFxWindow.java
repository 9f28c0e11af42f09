package org.fieldbook.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX app that shows a window of the app's size, prints the same
 * {@code FIELDBOOK_WINDOW_SHOWN <ms since JVM start>} line as the app's probe, and exits. Started through
 * {@link Launcher} so JavaFX loads from the class path as it does in the app.
 */
public final class BareFxWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare");
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1200, 780));
        stage.setOnShown(e -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("FIELDBOOK_WINDOW_SHOWN " + ms);
            System.out.flush();
            Platform.exit();
        }));
        stage.show();
    }

    /** Main class that is not an Application, as in the app. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareFxWindow.class, args);
        }
    }
}
