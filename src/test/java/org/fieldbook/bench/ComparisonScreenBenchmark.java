package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.ui.ComparisonView;
import org.fieldbook.support.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening the office comparison screen on an office holding 200 cities × 3 editions: from building the view to the
 * table, the chart and the filters filled and laid out (the database read on the background runner included).
 */
@Tag("bench")
class ComparisonScreenBenchmark extends ApplicationTest {
    private Path dir;
    private Services services;
    private StackPane host;
    private final Background background = new Background();

    @Override
    public void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("fieldbook-cmp-bench");
        services = TestWorkspace.open(dir.resolve("ws"));
        QuestionnaireDefinition d = DefinitionReader.sample();
        OfficeResults.fill(services, List.of(d.id() + "-2014", d.id() + "-2017", d.id()));
        host = new StackPane();
        stage.setScene(new Scene(host, 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        background.close();
        services.close();
    }

    /** Builds the screen on the JavaFX thread; completes with the milliseconds until it is filled and laid out. */
    private double open() throws Exception {
        CompletableFuture<Double> shown = new CompletableFuture<>();
        interact(() -> {
            long t0 = System.nanoTime();
            ComparisonView view = new ComparisonView(services.index().results(),
                    id -> services.index().questionnaires().find(id).orElse(null), "en", background, reports(), p -> { });
            host.getChildren().setAll(view.node());
            view.busyProperty().addListener((o, was, now) -> {
                if (!now && !shown.isDone()) {
                    host.applyCss();
                    host.layout();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    assertFalse(view.node().lookupAll("#cmpTable").isEmpty());
                    @SuppressWarnings("unchecked")
                    var table = (javafx.scene.control.TableView<Object>) view.node().lookup("#cmpTable");
                    shown.complete(table.getItems().size() == 200 ? ms : -1);
                }
            });
        });
        double ms = shown.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return ms;
    }

    private static ComparisonView.Reports reports() {
        return new ComparisonView.Reports() {
            @Override
            public long write(String visitId, Path out, String language) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean holds(String visitId) {
                return false;
            }
        };
    }

    @Test
    void openingTheComparisonScreen() throws Exception {
        double cold = open(); // the first opening loads the classes of the screen and its charts
        // the parts: the database work alone (warm), in this thread's CPU time
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String q = services.index().results().editions().get(services.index().results().editions().size() - 1);
        double[] compute = new double[5];
        for (int i = 0; i < compute.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            services.index().results().editions();
            services.index().results().sample(q);
            compute[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(compute);
        BenchResults.record("comparison_read_cpu_ms", compute[2], Double.NaN, true);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] runs = new double[5];
        double[] cpu = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            long p0 = os.getProcessCpuTime();
            runs[i] = open();
            cpu[i] = (os.getProcessCpuTime() - p0) / 1e6;
            assertEquals(true, runs[i] >= 0, "the latest edition's 200 cities are in the table");
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        // The whole process's CPU time over one call of open(): every thread (JavaFX, the runner, GC, the JIT compilers)
        // and the wait for the event queue after the screen is shown. Shown for reading the wall time on a loaded machine;
        // the target (opening the screen ≤ 500 ms) is the wall time below, from the click to the filled table.
        BenchResults.record("comparison_open_cpu_ms", cpu[cpu.length / 2], Double.NaN, true);
        BenchResults.record("comparison_open_ms", runs[runs.length / 2], 500, true);
        BenchResults.record("comparison_open_cold_ms", cold, Double.NaN, true);
    }
}
