package org.fieldbook.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's JSON mappers, each configured once here and shared (a configured {@code ObjectMapper} is thread-safe;
 * never reconfigure one of these, ask for another named configuration instead). Where sites need different settings
 * the difference is named:
 * <ul>
 *   <li>{@link #plain()}: Jackson's defaults, compact; reading fails on an unknown property (stored JSON, files the
 *       office gives: questionnaires, sample statistics, groups, mappings);</li>
 *   <li>{@link #lenient()}: as plain, but reading ignores unknown properties (profile templates written for a newer version);</li>
 *   <li>{@link #pretty()}: indented, dates as ISO text; for people and scripts (the command line's JSON, exported files);</li>
 *   <li>{@link #mapsByKey()}: compact, map entries ordered by key, nothing else; the form of the sync records in a bundle
 *       (signed and hashed: never change it);</li>
 *   <li>{@link #canonical()}: map entries and record properties sorted; the canonical form of reference data
 *       ({@link CanonicalJson}, content hashes: never change it).</li>
 * </ul>
 * The store, below this package, keeps its own plain mapper (Jackson's defaults, as {@link #plain()}).
 */
public final class JsonMappers {
    // Each mapper is built the first time it is asked for (a holder class each): a one-shot command uses one or two,
    // and the java.time module of pretty() alone loads some seventy classes (issue 13, the report's whole process).
    private static final class Plain {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private static final class Lenient {
        static final ObjectMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static final class Pretty {
        static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private static final class MapsByKey {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    private static final class Canonical {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    private JsonMappers() {
    }

    /** Jackson's defaults: compact output, an unknown property is an error when reading. */
    public static ObjectMapper plain() {
        return Plain.MAPPER;
    }

    /** As {@link #plain()}, but unknown properties are ignored when reading. */
    public static ObjectMapper lenient() {
        return Lenient.MAPPER;
    }

    /** Indented, java.time values as ISO text: JSON for people and scripts. */
    public static ObjectMapper pretty() {
        return Pretty.MAPPER;
    }

    /** Compact, map entries ordered by key: the sync records' form (bundles are signed; not one byte may change). */
    public static ObjectMapper mapsByKey() {
        return MapsByKey.MAPPER;
    }

    /** Map entries and record properties sorted: the canonical form reference data is hashed in. */
    public static ObjectMapper canonical() {
        return Canonical.MAPPER;
    }
}
