package org.fieldbook.search;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SearchServiceTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class SearchServicePgTest extends SearchServiceTest {
}
