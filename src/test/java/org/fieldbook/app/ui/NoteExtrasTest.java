package org.fieldbook.app.ui;

import org.fieldbook.support.ui.MarkdownFlow;
import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javax.imageio.ImageIO;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.attachment.Attachment;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Attachments on the note being written, and the Markdown preview. */
@WindowTest
class NoteExtrasTest {
    @TempDir
    static Path dir;

    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void fileAttachedToANewNoteIsStoredAndPreviewed(FxRobot robot) throws Exception {
        Visit v = TestWorkspace.visit(services, "Ghent");
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> window.currentVisit().openNotes(null, null));
        waitFor("notes on the visit", () -> v.id().equals(window.currentVisit().notesPane().model().visitId()));
        Path photo = dir.resolve("market.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Path pdf = dir.resolve("strategy.pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4 fake");
        var pane = window.currentVisit().notesPane();
        String noteId = pane.model().currentIdProperty().get();
        robot.interact(() -> pane.attachments().attach(List.of(photo, pdf)));
        waitFor("attachments stored", () -> services.attachments().forNote(noteId).size() == 2);
        List<Attachment> stored = services.attachments().forNote(noteId);
        assertEquals(List.of("market.png", "strategy.pdf"), stored.stream().map(Attachment::fileName).toList());
        assertTrue(stored.get(0).isImage());
        assertTrue(services.attachments().files().has(stored.get(1).sha256()));
        assertTrue(services.notes().find(noteId).isPresent(), "the empty note was saved so the files have an owner");
        waitFor("items shown", () -> robot.lookup("#attachmentStrip .attachment-item").queryAll().size() == 2);
        Button image = robot.lookup("#attachmentStrip .attachment-item").queryAllAs(Button.class).iterator().next();
        assertTrue(image.getGraphic() != null, "an image gets a thumbnail");
    }

    @Test
    void markdownPreviewRendersBoldAndLists(FxRobot robot) {
        TextFlow flow = new TextFlow();
        robot.interact(() -> MarkdownFlow.render("A **strong** point\n\n- one\n- two", flow));
        List<Text> texts = flow.getChildren().stream().map(Text.class::cast).toList();
        Text strong = texts.stream().filter(t -> t.getText().equals("strong")).findFirst().orElseThrow();
        assertTrue(strong.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold"), strong.getFont().toString());
        String all = texts.stream().map(Text::getText).reduce("", String::concat);
        assertTrue(all.contains("•  one") && all.contains("•  two"), all);
        assertTrue(!all.contains("**"), all);
    }
}
