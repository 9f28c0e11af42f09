package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook notes --visit ID}: the notes of one visit. */
@Command(name = "notes", description = "List the notes of a visit.")
final class NotesCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The visit's id (see 'fieldbook visits')")
    String visitId;

    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services s = root.open()) {
            if (s.visits().find(visitId).isEmpty()) {
                throw new UserError("no visit with id " + visitId + " (see 'fieldbook visits')");
            }
            var notes = s.notes().forVisit(visitId);
            if (json) {
                Json.print(out, notes.stream().map(n -> row(s, n)).toList());
            } else {
                for (Note n : notes) {
                    out.printf("%-20s %s %s%n", n.kind().id(), n.areas(), n.text().replace('\n', ' '));
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> row(Services s, Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("meeting", n.meetingId());
        m.put("kind", n.kind().id());
        m.put("areas", n.areas());
        m.put("text", n.text());
        m.put("attachments", s.attachments().forNote(n.id()).stream()
                .map(a -> Map.of("id", a.id(), "name", a.fileName(), "sha256", a.sha256(), "size", a.size())).toList());
        return m;
    }
}
