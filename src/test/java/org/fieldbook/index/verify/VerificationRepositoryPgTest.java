package org.fieldbook.index.verify;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link VerificationRepositoryTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class VerificationRepositoryPgTest extends VerificationRepositoryTest {
}
