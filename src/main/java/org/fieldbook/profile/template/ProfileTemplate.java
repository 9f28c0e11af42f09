package org.fieldbook.profile.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldbook.profile.SectionKind;
import org.fieldbook.support.JsonMappers;

/** The sections a profile is made of, in order; loaded from JSON the office can change. */
public record ProfileTemplate(String name, int version, List<TemplateSection> sections) {
    public static final String AREAS = "areas";

    public ProfileTemplate {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The template shipped with Fieldbook. */
    public static ProfileTemplate bundled() {
        try (InputStream in = ProfileTemplate.class.getResourceAsStream("/org/fieldbook/profile/profile-template.json")) {
            return parse(in, "the bundled profile template");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled profile template", e);
        }
    }

    /** A template from a file; a damaged or wrong file gets a message naming the problem. */
    public static ProfileTemplate load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the profile template " + file + ": " + e.getMessage(), e);
        }
    }

    static ProfileTemplate parse(InputStream in, String what) {
        ProfileTemplate t;
        try {
            t = JsonMappers.lenient().readValue(in, ProfileTemplate.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " is not a valid profile template: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        t.validate(what);
        return t;
    }

    private void validate(String what) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(what + " lists no sections");
        }
        Set<String> keys = new HashSet<>();
        for (TemplateSection s : sections) {
            if (s.key() == null || s.key().isBlank()) {
                throw new IllegalArgumentException(what + ": a section has no key");
            }
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException(what + ": the key '" + s.key() + "' appears twice");
            }
            if (s.level() < 1 || s.level() > 3) {
                throw new IllegalArgumentException(what + ": section '" + s.key() + "' has level " + s.level() + " (1 to 3)");
            }
            if (!AREAS.equals(s.kind())) {
                SectionKind.of(s.kind());
                if (s.title("en").isBlank()) {
                    throw new IllegalArgumentException(what + ": section '" + s.key() + "' has no English title");
                }
            }
        }
    }
}
