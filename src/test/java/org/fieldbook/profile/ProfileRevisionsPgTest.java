package org.fieldbook.profile;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ProfileRevisionsTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class ProfileRevisionsPgTest extends ProfileRevisionsTest {
}
