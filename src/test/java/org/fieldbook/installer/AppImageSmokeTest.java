package org.fieldbook.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the built Linux app image (run by {@code ./mvnw -B -Pinstaller package} after
 * installer/build-linux.sh): its launcher answers on the command line, and opens its window and exits cleanly.
 */
@Tag("installer")
class AppImageSmokeTest {
    static final Path IMAGE = Path.of("target", "installer", "image", "Fieldbook");
    static final Path LAUNCHER = IMAGE.resolve("bin").resolve("Fieldbook");

    @TempDir
    Path workspace;

    @Test
    void theImageCarriesItsRuntimeStartUpArchiveAndFileAssociationArgument() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "no app image launcher at " + LAUNCHER + ": run installer/build-linux.sh");
        assertTrue(Files.isDirectory(IMAGE.resolve("lib/runtime/lib")), "the image brings its own Java runtime");
        assertTrue(Files.size(IMAGE.resolve("lib/app/fieldbook.jsa")) > 1_000_000, "the AppCDS archive is in the image");
        String cfg = Files.readString(IMAGE.resolve("lib/app/Fieldbook.cfg"));
        assertTrue(cfg.contains("-XX:SharedArchiveFile=$APPDIR/fieldbook.jsa"), cfg);
        assertTrue(cfg.contains("app.mainclass=org.fieldbook.app.Main"), cfg);
        // the archive's class list covers the window and the command line's INDEX analysis report (POI, OOXML types)
        java.util.List<String> classes = Files.readAllLines(IMAGE.resolve("lib/app/fieldbook.classlist"));
        for (String c : java.util.List.of("org/fieldbook/app/Main", "org/apache/poi/xwpf/usermodel/XWPFDocument",
                "org/fieldbook/profile/report/IndexReportWriter", "org/openxmlformats/schemas/wordprocessingml/x2006/main/CTDocument1")) {
            assertTrue(classes.contains(c), c + " is not in the start-up archive's class list");
        }
    }

    @Test
    void launcherRunsTheCommandLine() throws Exception {
        Process p = new ProcessBuilder(LAUNCHER.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Fieldbook "), out);
    }

    @Test
    void launcherShowsTheWindowAndExitsCleanly() throws Exception {
        var probe = LaunchProbe.open();
        assertTrue(probe.isPresent(), "no DISPLAY and no Xvfb: install xvfb to run the smoke test");
        try (LaunchProbe display = probe.get()) {
            LaunchProbe.Result r = display.run(List.of(LAUNCHER.toString(), "--data", workspace.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", LaunchProbe.PROBE_PROPERTY), Duration.ofSeconds(60));
            assertTrue(r.shown(), "the window line " + LaunchProbe.LINE + " never appeared within 60 s. Output:\n" + r.output());
            assertEquals(Integer.valueOf(0), r.exitCode(), "exit code; output:\n" + r.output());
            assertTrue(Files.exists(workspace.resolve("fieldbook.db")), "the app opened its workspace");
        }
    }
}
