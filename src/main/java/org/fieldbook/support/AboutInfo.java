package org.fieldbook.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the About dialog shows: the version (from the jar manifest) and every library shipped with the app
 * and its licence (from {@code licences.txt} next to this class).
 */
public record AboutInfo(String version, List<DependencyLicence> dependencies) {
    public static final String DEVELOPMENT_VERSION = "development build";
    static final String LICENCES = "licences.txt";

    public AboutInfo {
        dependencies = List.copyOf(dependencies);
    }

    /** Reads the running app's version and the licence list. */
    public static AboutInfo load() {
        String v = AboutInfo.class.getPackage().getImplementationVersion();
        return new AboutInfo(v == null ? DEVELOPMENT_VERSION : v, readLicences());
    }

    static List<DependencyLicence> readLicences() {
        try (InputStream in = AboutInfo.class.getResourceAsStream(LICENCES)) {
            if (in == null) {
                throw new IllegalStateException("The licence list " + LICENCES + " is missing from the app");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses lines {@code name | group:artifact | version | licence | url}; blank lines and lines starting with
     * '#' are skipped.
     */
    static List<DependencyLicence> parse(List<String> lines) {
        List<DependencyLicence> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\|", -1);
            if (f.length != 5) {
                throw new IllegalStateException(LICENCES + " line " + n + " needs 5 fields separated by '|': " + t);
            }
            out.add(new DependencyLicence(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
        }
        return out;
    }
}
