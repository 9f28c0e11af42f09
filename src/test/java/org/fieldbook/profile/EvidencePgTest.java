package org.fieldbook.profile;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link EvidenceTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class EvidencePgTest extends EvidenceTest {
}
