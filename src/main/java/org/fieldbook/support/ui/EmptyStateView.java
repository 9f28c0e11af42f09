package org.fieldbook.support.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Shown when the workspace has no visit yet: what to do, and buttons to start. */
public final class EmptyStateView extends VBox {
    private final ProgressBar progress = new ProgressBar();
    private final Label progressLabel = new Label();
    private final Button demo;
    private final Button create;

    public EmptyStateView(I18n i18n, Runnable newVisit, Runnable loadDemo) {
        setId("emptyState");
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxWidth(560);
        Label title = new Label(i18n.t("empty.title"));
        title.getStyleClass().add("title-1");
        title.setWrapText(true);
        Label text = new Label(i18n.t("empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        create = new Button(i18n.t("empty.newVisit"));
        create.setId("emptyNewVisit");
        create.getStyleClass().addAll("accent", "large");
        create.setDefaultButton(true);
        create.setOnAction(e -> newVisit.run());
        demo = new Button(i18n.t("empty.demo"));
        demo.setId("emptyDemo");
        demo.getStyleClass().add("large");
        demo.setOnAction(e -> loadDemo.run());
        // the two buttons keep their whole labels and go one under the other when they do not fit side by side
        create.setMinWidth(Region.USE_PREF_SIZE);
        demo.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 10, create, demo);
        buttons.setAlignment(Pos.CENTER);
        buttons.setPrefWrapLength(400);
        Label demoHint = new Label(i18n.t("empty.demoHint"));
        demoHint.setWrapText(true);
        demoHint.getStyleClass().addAll("text-muted", "text-small");
        progress.setPrefWidth(280);
        progressLabel.getStyleClass().add("text-muted");
        VBox wait = new VBox(6, progress, progressLabel);
        wait.setAlignment(Pos.CENTER);
        wait.visibleProperty().bind(progress.visibleProperty());
        wait.managedProperty().bind(progress.visibleProperty());
        progress.setVisible(false);
        getChildren().addAll(title, text, buttons, demoHint, wait);
        javafx.scene.text.TextAlignment c = javafx.scene.text.TextAlignment.CENTER;
        title.setTextAlignment(c);
        text.setTextAlignment(c);
        demoHint.setTextAlignment(c);
    }

    /** Shows how far the demo has got (0 to 1). */
    public void progress(double fraction) {
        progress.setProgress(fraction);
    }

    /** Shows or hides the "working" state while the demo is being made. */
    public void busy(boolean on, String message) {
        progress.setVisible(on);
        progress.setProgress(on ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        progress.setAccessibleText(message == null ? "" : message);
        progressLabel.setText(message == null ? "" : message);
        demo.setDisable(on);
        create.setDisable(on);
    }
}
