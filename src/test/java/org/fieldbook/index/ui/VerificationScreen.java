package org.fieldbook.index.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fieldbook.app.Services;
import org.testfx.util.WaitForAsyncUtils;

/** What the verification screen tests share: the screen shown alone in TestFX's stage, and waiting for its loads. */
final class VerificationScreen {
    private VerificationScreen() {
    }

    /** The verification screen of {@code visitId} in {@code lang}, shown in {@code stage} at {@code width} × {@code height}. */
    static VerificationView show(Stage stage, Services services, String visitId, String lang, int width, int height) {
        VerificationView view = new VerificationView(services.index(), services.search(), services.attachments(), visitId, lang);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), width, height));
        stage.show();
        return view;
    }

    /** Waits (up to 30 s) until {@code condition} holds and the screen is not loading, then for pending FX events. */
    static void waitUntil(VerificationView view, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean() && !view.viewModel().loadingProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
