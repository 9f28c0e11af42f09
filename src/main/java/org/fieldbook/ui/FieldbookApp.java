package org.fieldbook.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fieldbook.app.Services;
import org.fieldbook.store.WorkspaceLocation;

/** The desktop application. */
public final class FieldbookApp extends Application {
    private Services services;

    public static void launchWindow(String[] args) {
        Application.launch(FieldbookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path folder = WorkspaceLocation.resolve(dataOption(getParameters().getRaw()));
        services = Services.open(folder);
        stage.setTitle("Fieldbook");
        stage.setScene(new Scene(new StackPane(new Label("Fieldbook — " + folder)), 1200, 780));
        stage.show();
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
        if (services != null) {
            services.close();
        }
    }
}
