package org.fieldbook.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The store's one JSON mapper: Jackson's defaults, the same configuration as {@code support.JsonMappers.plain()}
 * (the store sits below {@code support}, which depends on it, so it cannot use that one).
 */
final class StoreJson {
    static final ObjectMapper PLAIN = JsonMapper.builder().build();

    private StoreJson() {
    }
}
