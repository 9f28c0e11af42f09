package org.fieldbook.visit;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link VisitRepositoriesTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class VisitRepositoriesPgTest extends VisitRepositoriesTest {
}
