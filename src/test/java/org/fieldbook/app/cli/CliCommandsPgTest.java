package org.fieldbook.app.cli;

import org.fieldbook.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CliCommandsTest} on PostgreSQL. */
@ExtendWith(TestEngine.OnPostgres.class)
class CliCommandsPgTest extends CliCommandsTest {
}
