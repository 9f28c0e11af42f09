package org.fieldbook.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON written the same way in every process: object keys and record properties sorted, maps ordered by key, numbers
 * in Jackson's fixed forms (a {@code double} always with its decimal part). Reference data (questionnaire definitions,
 * sample statistics) is stored in this form, so the same file gives byte-identical records in every workspace even
 * though {@code Map.copyOf} iterates in a different order in each JVM.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = JsonMappers.canonical();

    private CanonicalJson() {
    }

    /** The canonical text of a value (a record, map, list or JSON tree). */
    public static String write(Object value) {
        try {
            Object v = value instanceof com.fasterxml.jackson.databind.JsonNode n ? MAPPER.treeToValue(n, Object.class) : value;
            return MAPPER.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 (hex) of a canonical text: the content hash reference data is identified by. */
    public static String sha256(String canonicalText) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical form of a JSON text (for comparing content written by an older version). */
    public static String canonical(String json) {
        try {
            return write(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
