package org.fieldbook.app.ui;

import org.fieldbook.support.ui.ErrorDialog;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Theme;
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
import org.fieldbook.support.AboutInfo;
import org.fieldbook.support.ErrorReports;
import org.fieldbook.support.Language;
import org.fieldbook.support.LogFiles;
import org.fieldbook.support.Settings;
import org.fieldbook.support.SettingsStore;

/**
 * The desktop application: opens the workspace in the background with a small progress window, asks who
 * is working on first start, then shows the main window. A locked or unreadable workspace becomes a calm
 * message, then the app exits.
 */
public final class FieldbookApp extends Application {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FieldbookApp.class.getName());

    private Services services;
    private MainWindow window;
    private final ErrorDialog errors = new ErrorDialog();
    private LogFiles logs;
    private I18n i18n;
    /** Bundles asked to be opened (command line, desktop) before the window was ready; FX thread only. */
    private final List<Path> pendingBundles = new java.util.ArrayList<>();

    /**
     * What the command line decided, parsed once (picocli, in {@code app.cli}): the workspace folder, how to open the
     * workspace (the folder, or the office's PostgreSQL database named with {@code --db}), the language asked for with
     * {@code --lang} (empty: the one chosen in Settings), a {@code .fbz} to show once the window is up (or null), and
     * the office database's address when the workspace is one ({@code --db}; null for a folder, which is then the
     * program's own folder beside it).
     */
    public record Launch(Path folder, java.util.function.Supplier<Services> open, java.util.Optional<Language> language,
                         Path bundle, String database) {
        /** A launch on a workspace folder ({@code folder}), not on the office database. */
        public Launch(Path folder, java.util.function.Supplier<Services> open, java.util.Optional<Language> language, Path bundle) {
            this(folder, open, language, bundle, null);
        }

        /** A window on the workspace folder {@code folder}. */
        public static Launch folder(Path folder, java.util.Optional<Language> language, Path bundle) {
            return new Launch(folder, () -> Services.open(folder), language, bundle, null);
        }
    }

    /**
     * The launch being started, with the workspace being opened while the JavaFX toolkit starts (the two take about as
     * long, so startup overlaps them). Handed from {@link #launchWindow} to {@link #start} once; Application.launch
     * offers no other way to pass them.
     */
    private static volatile Launch launching;
    private static volatile CompletableFuture<Services> opening;

    private Launch launch;

    /** Opens the window as {@code launch} says. */
    public static void launchWindow(Launch launch) {
        // the office database is not locked: a window of this program already on it takes the request instead
        if (SecondLaunches.handedOver(launch)) {
            return;
        }
        prepare(launch);
        Application.launch(FieldbookApp.class);
    }

    /**
     * Hands {@code launch} to the next {@link #start} and starts opening its workspace now (JavaFX builds the
     * application object itself, so this is the way in; tests that start the application through TestFX call it).
     */
    public static void prepare(Launch launch) {
        launching = launch;
        opening = CompletableFuture.supplyAsync(launch.open(), runnable -> {
            Thread t = new Thread(runnable, "fieldbook-open");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.phase("fx-started");
        launch = launching != null ? launching
                : Launch.folder(WorkspaceLocation.resolve(null), java.util.Optional.empty(), null);
        launching = null;
        java.util.Optional<Language> langArg = launch.language();
        // until the workspace's Settings are read: the language asked for, else English (never the system's)
        i18n = new I18n(langArg.orElse(Language.ENGLISH).locale());
        Theme.install();
        if (launch.bundle() != null) {
            pendingBundles.add(launch.bundle());
        }
        DesktopFiles.onOpen(file -> Platform.runLater(() -> openBundle(file)));
        Path folder = launch.folder();
        Stage splash = splash(i18n, folder);
        CompletableFuture<Services> early = opening;
        opening = null;
        Thread opener = new Thread(() -> {
            try {
                Services opened = early != null ? join(early) : launch.open().get();
                StartupProbe.phase("workspace-open");
                startCare(opened);
                secondLaunches.follow(opened);
                Settings settings = new SettingsStore(opened.store().meta()).load();
                Platform.runLater(() -> {
                    splash.close();
                    Theme.use(settings.theme());
                    I18n chosen = langArg.isPresent() ? i18n : new I18n(settings.language().locale());
                    opened(stage, opened, chosen, settings, langArg.isPresent());
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

    /** Logs in the workspace's logs/ folder; an uncaught error writes a report and shows a calm message. */
    private void startCare(Services opened) {
        try {
            logs = LogFiles.install(opened.store().workspace().logs());
            ErrorReports.forLogs(logs, AboutInfo.load().version()).install(report -> Platform.runLater(() -> {
                if (window != null) {
                    window.showErrorReport(report);
                } else {
                    errors.show(null, i18n, report, logs.folder(), this::openFile);
                }
            }));
            LOG.info(() -> "Fieldbook started on workspace " + opened.store().workspace().folder());
        } catch (RuntimeException e) {
            System.err.println("fieldbook: logs are not written: " + MainWindow.message(e));
        }
    }

    private void openFile(Path file) {
        getHostServices().showDocument(file.toUri().toString());
    }

    private void opened(Stage stage, Services opened, I18n i18n, Settings settings, boolean langFromArgs) {
        this.services = opened;
        this.i18n = i18n;
        if (!opened.store().identity().isSet() && !StartupProbe.enabled()) {
            // Between the first-start dialog closing and the main window showing no window is open: without this,
            // JavaFX would exit (and close the workspace) while the identity is being saved.
            Platform.setImplicitExit(false);
            // --lang fr on the command line: the dialog speaks French, so it proposes French too
            Language proposed = langFromArgs ? Language.forLocale(i18n.locale()) : settings.language();
            var answer = new FirstStartDialog(null, i18n, proposed).showAndWait();
            if (answer.isEmpty()) {
                Platform.exit();
                return;
            }
            I18n then = langFromArgs || answer.get().language() == settings.language() ? i18n
                    : new I18n(answer.get().language().locale());
            Thread saver = new Thread(() -> {
                try {
                    opened.store().setIdentity(answer.get().name(), answer.get().role());
                    new SettingsStore(opened.store().meta()).save(settings.withLanguage(answer.get().language()));
                    Platform.runLater(() -> showMain(stage, opened, then));
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.SEVERE, "Saving the identity failed", e);
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
        this.i18n = i18n;
        window = new MainWindow(stage, opened, i18n, this::openFile);
        // a language or workspace change rebuilds the window on this stage: keep the one shown (and its workspace)
        window.onReplaced(next -> {
            window = next;
            this.i18n = next.context().i18n();
            if (next.services() != services) {
                services = next.services();
                // the channel moves with the workspace, a folder's or the office database's
                secondLaunches.follow(services);
            }
        });
        StartupProbe.phase("window-built");
        if (StartupProbe.enabled()) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                StartupProbe.report();
                window.close();
                Platform.exit();
            }));
        }
        stage.show();
        Platform.setImplicitExit(true);
        List<Path> bundles = List.copyOf(pendingBundles);
        pendingBundles.clear();
        bundles.forEach(b -> Platform.runLater(() -> openBundle(b)));
    }

    /** Shows the import preview of a bundle, now or as soon as the window is up. */
    private void openBundle(Path bundle) {
        if (window == null) {
            pendingBundles.add(bundle);
        } else {
            window.stage().toFront();
            window.openBundle(bundle);
        }
    }

    /** A second launch on this workspace (a double-clicked bundle, `fieldbook import`) hands its request to this window. */
    private final SecondLaunches secondLaunches = new SecondLaunches(request -> Platform.runLater(() -> {
        if (request.startsWith("open ")) {
            openBundle(Path.of(request.substring(5)));
        } else if (window != null) {
            window.stage().setIconified(false);
            window.stage().toFront();
        }
    }));

    /** The window shown (null until it is up); FX thread. */
    MainWindow window() {
        return window;
    }

    private void fail(I18n i18n, RuntimeException e) {
        if (e instanceof org.fieldbook.store.WorkspaceLockedException) {
            // The workspace is open in a Fieldbook window: hand it the bundle (or just bring it forward) and stop here.
            Path folder = launch.folder();
            String request = SecondLaunches.request(pendingBundles.isEmpty() ? null : pendingBundles.get(0));
            if (org.fieldbook.support.InstanceChannel.handOver(folder, request)) {
                Platform.exit();
                return;
            }
        }
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


    @Override
    public void stop() {
        secondLaunches.close();
        if (window != null) {
            window.close();
        }
        if (services != null) {
            services.close();
        }
        if (logs != null) {
            logs.close();
        }
    }
}
