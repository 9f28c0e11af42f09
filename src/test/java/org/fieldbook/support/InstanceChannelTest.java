package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch hands its bundle to the Fieldbook window that holds the workspace. */
class InstanceChannelTest {
    @TempDir
    Path dir;

    @Test
    void theRunningWindowReceivesTheRequestAndOthersAreRefused() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        try (InstanceChannel ch = InstanceChannel.listen(dir, got::add)) {
            assertTrue(InstanceChannel.handOver(dir, "open /tmp/visit.fbz"));
            assertEquals(List.of("open /tmp/visit.fbz"), got);
            String[] parts = Files.readString(dir.resolve(InstanceChannel.FILE)).trim().split(" ");
            Files.writeString(dir.resolve(InstanceChannel.FILE), parts[0] + " " + "0".repeat(32) + "\n");
            assertFalse(InstanceChannel.handOver(dir, "open /tmp/other.fbz"), "a wrong token is refused");
            assertEquals(1, got.size());
        }
        assertFalse(Files.exists(dir.resolve(InstanceChannel.FILE)), "closing removes the file");
        assertFalse(InstanceChannel.handOver(dir, "show"), "no window: nothing to hand over to");
    }

    @Test
    void aWindowOnADatabaseAndOneOnTheFolderEachGetTheirOwnRequests() throws Exception {
        List<String> folderWindow = new CopyOnWriteArrayList<>();
        List<String> databaseWindow = new CopyOnWriteArrayList<>();
        String db = "postgresql://ana@db.office:5432/fieldbook";
        try (InstanceChannel a = InstanceChannel.listen(dir, folderWindow::add);
             InstanceChannel b = InstanceChannel.listen(dir, db, databaseWindow::add)) {
            assertTrue(InstanceChannel.handOver(dir, db, "open /tmp/for-the-office.fbz"));
            assertTrue(InstanceChannel.handOver(dir, "open /tmp/for-the-folder.fbz"));
            assertFalse(InstanceChannel.handOver(dir, "postgresql://ana@db.office:5432/other", "show"), "another database: nobody");
            assertEquals(List.of("open /tmp/for-the-office.fbz"), databaseWindow);
            assertEquals(List.of("open /tmp/for-the-folder.fbz"), folderWindow);
        }
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "both files removed on closing");
        }
    }

    @Test
    void importOnTheCommandLineWhileTheWindowHoldsTheWorkspaceHandsTheBundleOver() throws Exception {
        Path ws = dir.resolve("ws");
        Path bundle = Files.writeString(dir.resolve("visit.fbz"), "not opened here");
        List<String> got = new CopyOnWriteArrayList<>();
        try (Services window = TestWorkspace.open(ws); InstanceChannel ch = InstanceChannel.listen(ws, got::add)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = FieldbookCommand.run(new String[] {"--data", ws.toString(), "import", bundle.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("handed to its window"), out.toString());
            assertEquals(List.of("open " + bundle.toAbsolutePath()), got);
        }
    }
}
