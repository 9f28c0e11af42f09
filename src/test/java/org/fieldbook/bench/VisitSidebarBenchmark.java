package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fieldbook.ManyVisits;
import org.fieldbook.WorkspaceScreenTest;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.visit.VisitSummary;
import org.fieldbook.visit.ui.VisitSidebar;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sidebar itself on 1,000 visits: {@code visit_finder_sidebar_ms} is the p95 of one keystroke in its search field
 * on the JavaFX thread, from the text changing to the list refilled and laid out again (CSS and layout of the visible
 * cards included; not the drawing), over 300 keystrokes after 100 to warm up.
 */
@Tag("bench")
class VisitSidebarBenchmark extends WorkspaceScreenTest {
    private static final int WARM_UP = 100;
    private static final int KEYS = 300;
    private VisitSidebar sidebar;

    @Override
    public void start(Stage stage) throws Exception {
        openWorkspace("fieldbook-finder-bench", "ws");
        ManyVisits.seed(services, 1000);
        List<VisitSummary> visits = services.visits().summaries();
        sidebar = new VisitSidebar(new I18n(Locale.ENGLISH), () -> { }, () -> { }, () -> { }, v -> { });
        sidebar.show(visits, visits.get(0).id());
        stage.setScene(new Scene(new StackPane(sidebar), 300, 760));
        stage.show();
    }

    @Test
    void keystrokesInTheSearchField() {
        TextField search = (TextField) sidebar.lookup("#visitSearch");
        @SuppressWarnings("unchecked")
        ListView<VisitSummary> list = (ListView<VisitSummary>) sidebar.lookup("#visitList");
        // a city typed letter by letter and rubbed out again, then a country: every keystroke refilters
        List<String> texts = List.of("g", "ge", "gen", "gene", "genev", "geneve", "genev", "gene", "gen", "ge", "g", "",
                "t", "to", "tow", "town", "town ", "town 1", "town 12", "town 1", "town ", "", "p", "po", "pol", "", "s", "su", "");
        double[] times = new double[KEYS];
        int[] shown = new int[1];
        for (int i = 0; i < WARM_UP + KEYS; i++) {
            String text = texts.get(i % texts.size());
            double[] ms = new double[1];
            interact(() -> {
                long t0 = System.nanoTime();
                search.setText(text);
                sidebar.applyCss();
                sidebar.layout();
                ms[0] = (System.nanoTime() - t0) / 1e6;
                shown[0] = list.getItems().size();
            });
            if (i >= WARM_UP) {
                times[i - WARM_UP] = ms[0];
            }
        }
        interact(() -> search.setText("geneve"));
        assertEquals(3, list.getItems().size());
        Arrays.sort(times);
        BenchResults.record("visit_finder_sidebar_median_ms", CaptureBenchmark.percentile(times, 50), Double.NaN, true);
        BenchResults.record("visit_finder_sidebar_ms", CaptureBenchmark.percentile(times, 95), 50, true);
    }
}
