package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AboutInfoTest {
    @Test
    void listsEveryShippedLibraryWithALicence() {
        AboutInfo about = AboutInfo.load();
        assertFalse(about.version().isBlank());
        assertTrue(about.dependencies().size() >= 20, "libraries: " + about.dependencies().size());
        for (DependencyLicence d : about.dependencies()) {
            assertFalse(d.name().isBlank() || d.licence().isBlank() || d.version().isBlank(), d.toString());
            assertTrue(d.url().startsWith("https://"), d.toString());
        }
        assertTrue(about.dependencies().stream().anyMatch(d -> d.artifact().equals("org.xerial:sqlite-jdbc")));
    }

    @Test
    void listedVersionsMatchTheJarsTheAppRunsWith() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString()).toList();
        List<String> stale = new ArrayList<>();
        for (DependencyLicence d : AboutInfo.load().dependencies()) {
            String artifact = d.artifact().substring(d.artifact().indexOf(':') + 1);
            if (artifact.equals("openjdk")) {
                continue;
            }
            String prefix = artifact.replace("*", "");
            boolean found = jars.stream().anyMatch(j -> j.startsWith(prefix) && j.contains("-" + d.version()));
            if (!found) {
                stale.add(d.artifact() + " " + d.version());
            }
        }
        assertTrue(stale.isEmpty(), "licences.txt lists versions not on the class path: " + stale);
    }

    @Test
    void everyJarCopiedForTheInstallerIsListed() throws IOException {
        Path lib = Path.of("target", "lib");
        if (!Files.isDirectory(lib)) {
            return; // only after `package`; the class-path check above runs always
        }
        List<DependencyLicence> listed = AboutInfo.load().dependencies();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                String name = jar.getFileName().toString();
                boolean ok = listed.stream().anyMatch(d -> {
                    String artifact = d.artifact().substring(d.artifact().indexOf(':') + 1).replace("*", "");
                    return name.startsWith(artifact) && name.contains("-" + d.version());
                });
                if (!ok) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "add these to src/main/resources/org/fieldbook/support/licences.txt: " + missing);
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumber() {
        assertEquals(1, AboutInfo.parse(List.of("# c", "", "A | g:a | 1 | MIT | https://x")).size());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AboutInfo.parse(List.of("# c", "A | g:a | 1 | MIT")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
