package org.fieldbook.note;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NoteRepositoryTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class NoteRepositoryPgTest extends NoteRepositoryTest {
}
