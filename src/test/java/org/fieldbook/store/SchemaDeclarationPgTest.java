package org.fieldbook.store;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SchemaDeclarationTest} on PostgreSQL: the declaration installed as trigger functions refuses the same values. */
@ExtendWith(TestEngine.OnPostgres.class)
class SchemaDeclarationPgTest extends SchemaDeclarationTest {
}
