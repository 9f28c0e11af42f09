package org.fieldbook.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.Sql;
import org.fieldbook.support.ErrorReports;
import org.fieldbook.support.LogFiles;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.imports.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs and error reports never hold note text, names or contact details: the demo's whole life (generation, export,
 * import, an erasure, a refused write and its error report) is run with the log on, and every line is searched for
 * the demo's people and the opening words of its notes.
 */
class LogsHoldNoPersonalDataTest {
    @TempDir
    Path dir;

    @Test
    void noNameContactOrNoteTextInAnyLogLine() throws Exception {
        Path logsFolder = dir.resolve("logs");
        List<String> secrets = new ArrayList<>();
        try (LogFiles logs = LogFiles.install(logsFolder)) {
            ErrorReports reports = ErrorReports.forLogs(logs, "test");
            Path bundle = dir.resolve("demo.fbz");
            try (Services a = TestWorkspace.open(dir.resolve("a"))) {
                String visit = a.demo().generate();
                a.store().db().read(c -> {
                    for (String[] p : Sql.list(c, "SELECT person, email, phone FROM stakeholder",
                            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
                        for (String v : p) {
                            if (v != null && v.length() > 3) {
                                secrets.add(v);
                            }
                        }
                    }
                    for (String text : Sql.list(c, "SELECT text FROM note LIMIT 40", rs -> rs.getString(1))) {
                        if (text.length() > 25) {
                            secrets.add(text.substring(0, 25));
                        }
                    }
                    return null;
                });
                a.sync().export(new ExportRequest(visit, false, null, bundle), Progress.NONE, new Cancellation());
                String someone = a.store().db().read(c -> Sql.one(c, "SELECT id FROM stakeholder WHERE email<>'' LIMIT 1",
                        rs -> rs.getString(1))).orElseThrow();
                a.person().erase(someone, "request", false);
                RuntimeException refused = assertThrows(RuntimeException.class, () -> a.store().db().write(c ->
                        Sql.update(c, "UPDATE note SET kind='gossip' WHERE id=(SELECT id FROM note LIMIT 1)")));
                reports.write(Thread.currentThread(), refused);
            }
            try (Services o = TestWorkspace.open(dir.resolve("o"))) {
                o.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE);
            }
        }
        assertTrue(secrets.size() > 60, "the demo's people and notes: " + secrets.size());
        List<Path> files;
        try (Stream<Path> s = Files.list(logsFolder)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("error-")), "an error report was written");
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), "'" + secret + "' is in " + f.getFileName());
            }
        }
    }
}
