package org.fieldbook.search;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SearchRecencyTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class SearchRecencyPgTest extends SearchRecencyTest {
}
