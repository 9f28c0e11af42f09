package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.note.NoteKind;
import org.fieldbook.search.SearchHit;
import org.fieldbook.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbook search QUERY}: ranked full-text search over notes, meetings and stakeholders. */
@Command(name = "search", description = "Search notes, meetings and stakeholders (accents ignored), best first.")
final class SearchCommand extends CliCommand {
    @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY", description = "Words to look for")
    List<String> words;

    @Option(names = "--visit", paramLabel = "ID", description = "Only this visit")
    String visitId;

    @Option(names = "--area", paramLabel = "AREA", description = "Only notes tagged with this INDEX area id")
    String area;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only notes of this kind: observation, quote, good_practice, concern, recommendation_idea, follow_up")
    String kind;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1");
        }
        String kindId = kind == null ? null : kindId(kind);
        return inWorkspace((s, out) -> {
            if (visitId != null) {
                requireVisit(s, visitId);
            }
            if (area != null && s.areas().list().stream().noneMatch(a -> a.id().equals(area))) {
                throw new UserError("unknown INDEX area '" + area + "'; known areas: "
                        + String.join(", ", s.areas().list().stream().map(a -> a.id()).toList()));
            }
            List<SearchHit> hits = s.search().search(new SearchQuery(String.join(" ", words), visitId, area, kindId, limit));
            Json.printList(out, json, hits, SearchCommand::row, "No results.", h -> out.printf("%-11s %7.2f  %s%n            %s%n",
                    h.type(), h.score(), h.title(), h.snippet("**", "**").replace('\n', ' ')));
        });
    }

    private static String kindId(String value) {
        for (NoteKind k : NoteKind.values()) {
            if (k.id().equalsIgnoreCase(value.replace('-', '_'))) {
                return k.id();
            }
        }
        throw new UserError("unknown note kind '" + value + "'; known kinds: "
                + String.join(", ", java.util.Arrays.stream(NoteKind.values()).map(NoteKind::id).toList()));
    }

    private static Map<String, Object> row(SearchHit h) {
        return Json.object("type", h.type(), "id", h.id(), "visit", h.visit(), "title", h.title(), "snippet", h.snippet("**", "**"),
                "score", Math.round(h.score() * 1000.0) / 1000.0);
    }
}
