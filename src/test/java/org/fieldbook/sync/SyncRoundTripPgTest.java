package org.fieldbook.sync;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SyncRoundTripTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class SyncRoundTripPgTest extends SyncRoundTripTest {
}
