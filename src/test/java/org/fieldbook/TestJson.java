package org.fieldbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The one JSON reader and writer of the tests (plain Jackson defaults; nothing may reconfigure it). */
public final class TestJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {
    }

    /** The JSON tree of {@code text}; a test fails with the parse error when it is not JSON. */
    public static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** The JSON tree of the file at {@code file}. */
    public static JsonNode tree(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + file, e);
        }
    }
}
