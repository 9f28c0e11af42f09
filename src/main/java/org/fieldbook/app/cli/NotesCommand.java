package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook notes --visit ID}: the notes of one visit. */
@Command(name = "notes", description = "List the notes of a visit.")
final class NotesCommand extends WorkspaceCommand {
    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The visit's id (see 'fieldbook visits')")
    String visitId;

    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) {
        requireVisit(s, visitId);
        var notes = s.notes().forVisit(visitId);
        if (json) {
            Json.print(out, notes.stream().map(n -> row(s, n)).toList());
        } else {
            for (Note n : notes) {
                out.printf("%-20s %s %s%n", n.kind().id(), n.areas(), n.text().replace('\n', ' '));
            }
        }
    }

    private static Map<String, Object> row(Services s, Note n) {
        return Json.object("id", n.id(), "meeting", n.meetingId(), "kind", n.kind().id(), "areas", n.areas(), "text", n.text(),
                "attachments", s.attachments().forNote(n.id()).stream()
                        .map(a -> Map.of("id", a.id(), "name", a.fileName(), "sha256", a.sha256(), "size", a.size())).toList());
    }
}
