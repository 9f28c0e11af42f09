package org.fieldbook.sync.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What the sync view tests share: the view model's runner and the view shown alone in TestFX's stage. */
final class SyncScreen {
    private SyncScreen() {
    }

    /** One daemon thread named {@code name} that runs the view model's work. */
    static ExecutorService runner(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The sync view of {@code vm}, shown at 1000 × 700 in {@code stage}. */
    static SyncView show(Stage stage, SyncViewModel vm) {
        SyncView view = new SyncView(vm);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
        return view;
    }
}
