package org.fieldbook.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.profile.Priority;
import org.fieldbook.profile.SectionStatus;

/**
 * The demo profile's texts, read from {@code demo-profile.md}: blocks that start with a header line
 * {@code @@ sectionKey | status | owner}, {@code @@ first-draft sectionKey} (an earlier version saved first, so
 * the section has a history) or {@code @@ rec | priority | areaId} (one recommendation).
 */
final class DemoProfileTexts {
    /** The text of one section, with an optional earlier version. */
    record Draft(String key, SectionStatus status, String owner, String body, String firstVersion) {
    }

    /** One recommendation. */
    record Rec(Priority priority, String areaId, String text) {
    }

    private static final String RESOURCE = "demo-profile.md";

    private DemoProfileTexts() {
    }

    static List<Draft> drafts() {
        List<Draft> out = new ArrayList<>();
        Map<String, String> first = new HashMap<>();
        for (Block b : blocks()) {
            if (b.fields()[0].startsWith("first-draft ")) {
                first.put(b.fields()[0].substring("first-draft ".length()).trim(), b.text());
            }
        }
        for (Block b : blocks()) {
            String[] f = b.fields();
            if (f.length == 3 && !f[0].equals("rec")) {
                out.add(new Draft(f[0], SectionStatus.of(f[1]), f[2], b.text(), first.getOrDefault(f[0], "")));
            }
        }
        return out;
    }

    static List<Rec> recommendations() {
        return blocks().stream().filter(b -> b.fields()[0].equals("rec"))
                .map(b -> new Rec(Priority.of(b.fields()[1]), b.fields()[2], b.text())).toList();
    }

    private record Block(String[] fields, String text) {
    }

    private static List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        String[] header = null;
        StringBuilder text = new StringBuilder();
        for (String line : read().split("\n", -1)) {
            if (line.startsWith("@@ ")) {
                if (header != null) {
                    out.add(new Block(header, text.toString().strip()));
                }
                String[] parts = line.substring(3).split("\\|");
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].trim();
                }
                header = parts;
                text.setLength(0);
            } else if (header != null) {
                text.append(line).append('\n');
            }
        }
        if (header != null) {
            out.add(new Block(header, text.toString().strip()));
        }
        return out;
    }

    private static String read() {
        try (InputStream in = DemoProfileTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
