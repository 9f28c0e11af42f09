package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook index show [--questionnaire ID] [--json]}: a definition, or the list of loaded ones. */
@Command(name = "show", description = "Show a questionnaire definition (default: the latest loaded), or list them with --list.")
final class ShowCommand extends WorkspaceCommand {
    @Option(names = "--questionnaire", paramLabel = "ID")
    String id;

    @Option(names = "--list", description = "List the loaded questionnaires")
    boolean list;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) throws Exception {
        QuestionnaireRepository repo = s.index().questionnaires();
        if (list) {
            if (json) {
                Json.print(out, repo.summaries());
            } else {
                repo.summaries().forEach(q -> out.printf("%-36s %-24s %3d areas %3d questions%s%n", q.id(), q.edition(),
                        q.areas(), q.questions(), q.sample() ? "  SAMPLE" : ""));
            }
            return;
        }
        QuestionnaireDefinition d = id == null ? repo.latest().orElseThrow(() -> new IllegalArgumentException("no questionnaire loaded"))
                : repo.require(id);
        if (json) {
            out.println(DefinitionReader.toPrettyJson(d));
        } else {
            String lang = parent.language();
            out.printf("%s — %s (%s)%n", d.id(), d.title(lang), d.edition());
            for (AreaDefinition a : d.areas()) {
                out.printf("%2d %-45s weight %.2f%s%n", a.order(), a.title(lang), a.weight(), a.optional() ? "  optional" : "");
                d.questionsOf(a.id()).forEach(q -> out.printf("     %-28s %-16s %s%n", q.id(), q.type().id(), q.text(lang)));
            }
        }
    }
}
