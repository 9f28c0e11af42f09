package org.fieldbook.sync;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ReimportIdempotenceTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class ReimportIdempotencePgTest extends ReimportIdempotenceTest {
}
