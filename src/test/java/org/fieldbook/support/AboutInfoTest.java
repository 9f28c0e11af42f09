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

    /** The jars the installer ships: Maven writes the runtime class path on every test run (see the pom). */
    static List<String> shippedJars() throws IOException {
        Path list = Path.of("target", "runtime-classpath.txt");
        assertTrue(Files.isRegularFile(list), list + " is written by Maven before the tests (maven-dependency-plugin build-classpath)");
        List<String> jars = Arrays.stream(Files.readString(list).strip().split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(p -> Path.of(p).getFileName().toString()).toList();
        assertTrue(jars.size() >= 20, "runtime jars: " + jars);
        return jars;
    }

    static List<String> unlisted(List<String> jarNames, List<DependencyLicence> listed) {
        List<String> missing = new ArrayList<>();
        for (String name : jarNames) {
            boolean ok = listed.stream().anyMatch(d -> {
                String artifact = d.artifact().substring(d.artifact().indexOf(':') + 1).replace("*", "");
                return name.startsWith(artifact) && name.contains("-" + d.version());
            });
            if (!ok) {
                missing.add(name);
            }
        }
        return missing;
    }

    @Test
    void everyJarShippedWithTheAppIsListed() throws IOException {
        List<String> jars = new ArrayList<>(shippedJars());
        Path lib = Path.of("target", "lib");
        if (Files.isDirectory(lib)) {
            // after `package`, the copied jars themselves
            try (Stream<Path> files = Files.list(lib)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).forEach(jars::add);
            }
        }
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("sqlite-jdbc-")), "the list holds the shipped jars: " + jars);
        List<String> missing = unlisted(jars, AboutInfo.load().dependencies());
        assertTrue(missing.isEmpty(), "add these to src/main/resources/org/fieldbook/support/licences.txt: " + missing);
    }

    @Test
    void aShippedJarMissingFromTheListIsFound() throws IOException {
        List<DependencyLicence> listed = AboutInfo.load().dependencies();
        List<DependencyLicence> withoutSqlite = listed.stream().filter(d -> !d.artifact().equals("org.xerial:sqlite-jdbc")).toList();
        List<String> jars = shippedJars();
        String sqlite = jars.stream().filter(j -> j.startsWith("sqlite-jdbc-")).findFirst().orElseThrow();
        assertEquals(List.of(sqlite), unlisted(jars, withoutSqlite));
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumber() {
        assertEquals(1, AboutInfo.parse(List.of("# c", "", "A | g:a | 1 | MIT | https://x")).size());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AboutInfo.parse(List.of("# c", "A | g:a | 1 | MIT")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
