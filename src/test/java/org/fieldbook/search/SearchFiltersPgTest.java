package org.fieldbook.search;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SearchFiltersTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class SearchFiltersPgTest extends SearchFiltersTest {
}
