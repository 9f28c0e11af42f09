package org.fieldbook.profile.template;

import java.util.Map;

/**
 * One entry of the profile template. {@code kind} "areas" expands into one findings section per INDEX area.
 * {@code title} and {@code guidance} map a language code ("en", "fr") to text.
 */
public record TemplateSection(String key, int level, String kind, Map<String, String> title, Map<String, String> guidance) {
    public TemplateSection {
        title = title == null ? Map.of() : Map.copyOf(title);
        guidance = guidance == null ? Map.of() : Map.copyOf(guidance);
        kind = kind == null ? "text" : kind;
    }

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault("en", ""));
    }

    public String guidance(String lang) {
        return guidance.getOrDefault(lang, guidance.getOrDefault("en", ""));
    }
}
