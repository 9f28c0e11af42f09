package org.fieldbook.sync;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link IndexResultSyncTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class IndexResultSyncPgTest extends IndexResultSyncTest {
}
