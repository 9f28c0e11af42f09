package org.fieldbook.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.fieldbook.WorkspaceScreenTest;
import org.fieldbook.profile.ProfileFixture;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class ProfileEditorViewTest extends WorkspaceScreenTest {
    private Visit visit;
    private ProfileEditorView view;

    @Override
    public void start(Stage stage) throws Exception {
        openWorkspace("profile-ui", null);
        visit = ProfileFixture.richVisit(services);
        view = new ProfileEditorView(services.profile(), services.evidence(), services.reports(), services.recommendations(), visit.id(), Locale.ENGLISH, Duration.millis(150));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1300, 780));
        stage.show();
    }

    @AfterEach
    void closeAll() {
        view.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editsAutosaveWithRevisionsPreviewWordCountEvidenceAndStatus() throws Exception {
        waitFor(() -> !view.sectionList.getItems().isEmpty());
        ProfileSection education = view.sectionList.getItems().stream().filter(s -> "area.education".equals(s.key())).findFirst().orElseThrow();
        interact(() -> view.sectionList.getSelectionModel().select(education));
        waitFor(() -> view.notes.getItems().size() == 2);
        assertEquals("Findings on Education: the city has made **progress**.", view.editor.getText());

        interact(() -> view.editor.setText("The schools work **together** with parents."));
        waitFor(() -> services.profile().section(education.id()).body().startsWith("The schools"));
        waitFor(() -> "Saved".equals(view.saveState.getText()));
        assertEquals("6 words", view.words.getText());
        assertEquals(2, services.profile().history(education.id()).size());
        Text bold = view.preview.getContent().lookupAll("Text").stream().map(n -> (Text) n)
                .filter(t -> t.getText().equals("together")).findFirst().orElseThrow();
        assertTrue(bold.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold"), bold.getFont().getStyle());

        // insert the quote of a speaker who did not agree to be named
        interact(() -> {
            view.editor.positionCaret(view.editor.getLength());
            view.notes.getSelectionModel().select(view.notes.getItems().stream()
                    .filter(n -> n.text().startsWith("Nobody")).findFirst().orElseThrow());
        });
        // the evidence starts folded beside the editor at 1300 px: open it
        if (!view.showEvidence.isSelected()) {
            clickOn("#showEvidence");
        }
        clickOn("Insert in text");
        waitFor(() -> view.editor.getText().contains("a participant"));
        assertFalse(view.editor.getText().contains("Bo Private"));
        waitFor(() -> view.sources.getItems().size() == 1);
        assertTrue(view.preview.getContent().lookupAll(".md-source").size() == 1, "the preview tags the sourced paragraph");

        interact(() -> view.status.setValue(SectionStatus.READY_FOR_REVIEW));
        interact(() -> view.status.getOnAction().handle(null));
        waitFor(() -> services.profile().section(education.id()).status() == SectionStatus.READY_FOR_REVIEW);

        // recommendations: the fixture's two, then one added from the pane
        waitFor(() -> view.recommendations.list.getItems().size() == 2);
        interact(() -> {
            view.recommendations.text.setText("Create a welcome desk.");
            view.recommendations.priority.setValue(org.fieldbook.profile.Priority.HIGH);
            view.recommendations.area.setValue(view.recommendations.area.getItems().stream()
                    .filter(a -> a.id().equals("welcoming")).findFirst().orElse(view.recommendations.area.getItems().get(0)));
            view.recommendations.add.fire();
        });
        waitFor(() -> view.recommendations.list.getItems().size() == 3);
        assertEquals(org.fieldbook.profile.Priority.HIGH, services.recommendations().forVisit(visit.id()).get(2).priority());

        // export from the editor: progress shown while it runs, a message when done
        Path docx = dir.resolve("from-editor.docx");
        java.util.List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> {
            view.progress.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
            view.viewModel().export(docx);
        });
        // done: the file's name and folder, with Open and Show in folder
        waitFor(() -> lookup("#savedFileWhere").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText())
                .orElse("").equals("from-editor.docx saved in " + dir.toAbsolutePath()));
        assertTrue(lookup("#savedFile").query().isVisible());
        assertTrue(lookup("#savedFileOpen").tryQuery().isPresent() && lookup("#savedFileShow").tryQuery().isPresent());
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("The schools work together with parents.")));
        }
        assertTrue(seen.stream().anyMatch(f -> f > 0 && f < 1), "intermediate progress reached the view");
        assertFalse(view.progress.isVisible());

        // text typed just before the window closes is saved (no waiting for the autosave pause)
        interact(() -> {
            view.editor.appendText("\n\nLast words.");
            view.node().getScene().getWindow().hide();
        });
        assertTrue(services.profile().section(education.id()).body().endsWith("Last words."));

        // the other sections were not touched by any of this
        ProfileSection summary = services.profile().sections(visit.id()).get(0);
        assertEquals(ProfileFixture.RICH_MARKDOWN, summary.body());

        interact(() -> {
            var image = view.node().snapshot(null, null);
            try {
                Files.createDirectories(Path.of("target"));
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of("target", "profile-editor.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void historyComparesTwoRevisionsAndRestoresOne() throws Exception {
        waitFor(() -> !view.sectionList.getItems().isEmpty());
        ProfileSection summary = view.sectionList.getItems().get(0);
        services.profile().saveBody(summary.id(), "first line\nsecond line");
        java.util.concurrent.ExecutorService bg = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            HistoryDialog[] dialog = new HistoryDialog[1];
            interact(() -> dialog[0] = new HistoryDialog(services.profile(), summary,
                    new org.fieldbook.profile.ProfileMessages(Locale.ENGLISH), bg));
            HistoryDialog d = dialog[0];
            waitFor(() -> d.table.getItems().size() == 2);
            assertEquals("Test Expert", d.table.getItems().get(0).author());
            interact(() -> {
                d.table.getSelectionModel().selectAll();
                d.compare.fire();
            });
            assertTrue(d.diff.getItems().stream().anyMatch(l -> l.op() == org.fieldbook.profile.LineDiff.Op.ADDED
                    && l.text().equals("second line")));
            assertTrue(d.diff.getItems().stream().anyMatch(l -> l.op() == org.fieldbook.profile.LineDiff.Op.REMOVED));
            interact(() -> {
                d.table.getSelectionModel().clearAndSelect(0);
                d.restore.fire();
            });
            waitFor(() -> d.table.getItems().size() == 3);
            assertEquals(ProfileFixture.RICH_MARKDOWN, services.profile().section(summary.id()).body());
        } finally {
            bg.shutdown();
        }
    }

    @Test
    void sectionListStaysReadableAndEvidenceCanBeHidden() throws Exception {
        waitFor(() -> !view.sectionList.getItems().isEmpty());
        assertTrue(view.sectionList.getWidth() >= 220, "section list width " + view.sectionList.getWidth());
        javafx.scene.control.SplitPane main = (javafx.scene.control.SplitPane) ((javafx.scene.layout.BorderPane) view.node()).getCenter();
        // at 1300 px: sections and preview beside the editor, the evidence folded (the editor keeps half the width)
        assertEquals(3, main.getItems().size());
        assertTrue(view.editor.getWidth() >= 1300 / 2.0 - 20, "editor width " + view.editor.getWidth());
        clickOn("#showEvidence");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, main.getItems().size());
        assertTrue(view.editor.getWidth() > 0);
        clickOn("#showEvidence");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, main.getItems().size());
        assertTrue(view.sectionList.getWidth() >= 220, "section list width after toggling " + view.sectionList.getWidth());
    }
}
