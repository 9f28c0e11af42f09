package org.fieldbook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.fieldbook.app.Services;
import org.fieldbook.store.WorkspaceLocation;

/**
 * The desktop application: opens the workspace in the background with a small progress window, asks who
 * is working on first start, then shows the main window. A locked or unreadable workspace becomes a calm
 * message, then the app exits.
 */
public final class FieldbookApp extends Application {
    private Services services;
    private MainWindow window;

    /**
     * The workspace being opened while the JavaFX toolkit starts (the two take about as long, so startup
     * overlaps them). Handed from {@link #launchWindow} to {@link #start} once; Application.launch offers no
     * other way to pass it.
     */
    private static volatile CompletableFuture<Services> opening;

    public static void launchWindow(String[] args) {
        Path folder = WorkspaceLocation.resolve(dataOption(List.of(args)));
        opening = CompletableFuture.supplyAsync(() -> Services.open(folder), runnable -> {
            Thread t = new Thread(runnable, "fieldbook-open");
            t.setDaemon(true);
            t.start();
        });
        Application.launch(FieldbookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.phase("fx-started");
        List<String> raw = getParameters().getRaw();
        I18n i18n = I18n.fromArgs(raw);
        Theme.install();
        Path folder = WorkspaceLocation.resolve(dataOption(raw));
        Stage splash = splash(i18n, folder);
        CompletableFuture<Services> early = opening;
        opening = null;
        Thread opener = new Thread(() -> {
            try {
                Services opened = early != null ? join(early) : Services.open(folder);
                StartupProbe.phase("workspace-open");
                Platform.runLater(() -> {
                    splash.close();
                    opened(stage, opened, i18n);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    splash.close();
                    fail(i18n, e);
                });
            }
        }, "fieldbook-open");
        opener.setDaemon(true);
        opener.start();
    }

    private static Services join(CompletableFuture<Services> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private Stage splash(I18n i18n, Path folder) {
        Stage s = new Stage(StageStyle.UTILITY);
        s.setTitle(i18n.t("app.title"));
        Label l = new Label(i18n.t("app.opening"));
        Label where = new Label(folder.toString());
        where.getStyleClass().add("text-muted");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(300);
        VBox box = new VBox(10, l, bar, where);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(20));
        s.setScene(new Scene(box));
        s.show();
        return s;
    }

    private void opened(Stage stage, Services opened, I18n i18n) {
        this.services = opened;
        if (!opened.store().identity().isSet() && !StartupProbe.enabled()) {
            var answer = FirstStartDialog.ask(null, i18n);
            if (answer.isEmpty()) {
                Platform.exit();
                return;
            }
            Thread saver = new Thread(() -> {
                try {
                    opened.store().setIdentity(answer.get().name(), answer.get().role());
                    Platform.runLater(() -> showMain(stage, opened, i18n));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> fail(i18n, e));
                }
            }, "fieldbook-identity");
            saver.setDaemon(true);
            saver.start();
            return;
        }
        showMain(stage, opened, i18n);
    }

    private void showMain(Stage stage, Services opened, I18n i18n) {
        window = new MainWindow(stage, opened, i18n, file -> getHostServices().showDocument(file.toUri().toString()));
        StartupProbe.phase("window-built");
        if (StartupProbe.enabled()) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                StartupProbe.report();
                window.close();
                Platform.exit();
            }));
        }
        stage.show();
    }

    private void fail(I18n i18n, RuntimeException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(i18n.t("app.title"));
        alert.setHeaderText(i18n.t("app.cannotOpen"));
        alert.setContentText(MainWindow.message(e));
        alert.getDialogPane().setMinWidth(480);
        if (!StartupProbe.enabled()) {
            alert.showAndWait();
        } else {
            System.err.println("fieldbook: " + MainWindow.message(e));
        }
        Platform.exit();
    }

    static Path dataOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--data=")) {
                return Path.of(a.substring("--data=".length()));
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
