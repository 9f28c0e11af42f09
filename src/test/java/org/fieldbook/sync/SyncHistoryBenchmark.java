package org.fieldbook.sync;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tag;
import org.fieldbook.sync.imports.ImportService;

/**
 * The long run of the generated sync histories ({@link SyncHistories}): {@code ./mvnw -B -Pbench test
 * -Dtest=SyncHistoryBenchmark -Dsync.histories=100000 [-Dsync.seed=…]}. Prints the count, the seed and the time; a
 * failing history is shrunk (greedily, through jqwik's shrinkers) and printed step by step with the seed that found it.
 * It is one jqwik example (jqwik's generators need its context) that draws the histories itself from one seed.
 */
@Tag("bench")
class SyncHistoryBenchmark {
    @Example
    void generatedHistories() throws Exception {
        int count = Integer.getInteger("sync.histories", 100_000);
        long seed = Long.getLong("sync.seed", new Random().nextLong());
        System.setProperty(ImportService.SKIP_BACKUP_PROPERTY, "true");
        SyncHistories.Template template = SyncHistories.Template.build();
        Random random = new Random(seed);
        var generator = SyncHistories.histories().generator(1000);
        long t0 = System.nanoTime();
        System.out.println("sync histories: " + count + " histories, seed " + seed);
        try {
            for (int i = 0; i < count; i++) {
                Shrinkable<SyncHistories.History> h = generator.next(random);
                AssertionError failure = attempt(template, h.value());
                if (failure != null) {
                    Shrinkable<SyncHistories.History> smallest = shrink(template, h);
                    AssertionError shown = attempt(template, smallest.value());
                    throw new AssertionError("history " + (i + 1) + " of seed " + seed + " fails; shrunk to:"
                            + smallest.value() + "\n" + (shown == null ? failure.getMessage() : shown.getMessage()), failure);
                }
                if ((i + 1) % 1000 == 0) {
                    System.out.printf("sync histories: %d done, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            System.out.printf("sync histories: %d histories passed, seed %d, %.0f s (%.0f ms each)%nexercised: %s%nphases: %s%n", count,
                    seed, (System.nanoTime() - t0) / 1e9, (System.nanoTime() - t0) / 1e6 / count, SyncHistories.counts(), SyncHistories.times());
        } finally {
            System.clearProperty(ImportService.SKIP_BACKUP_PROPERTY);
            SyncHistories.deleteTree(template.dir);
        }
    }

    private static AssertionError attempt(SyncHistories.Template template, SyncHistories.History h) throws Exception {
        Path dir = SyncHistories.tempDir("fieldbook-history-");
        try {
            SyncHistories.run(template, h, dir);
            return null;
        } catch (AssertionError e) {
            return e;
        } catch (RuntimeException e) {
            return new AssertionError("the history threw " + e, e);
        } finally {
            SyncHistories.deleteTree(dir);
        }
    }

    /** Greedy shrinking: take the first smaller history that still fails, until none does (bounded). */
    private static Shrinkable<SyncHistories.History> shrink(SyncHistories.Template template, Shrinkable<SyncHistories.History> failing)
            throws Exception {
        Shrinkable<SyncHistories.History> current = failing;
        for (int round = 0; round < 200; round++) {
            Shrinkable<SyncHistories.History> next = null;
            for (Shrinkable<SyncHistories.History> candidate : current.shrink().limit(60).collect(Collectors.toList())) {
                if (attempt(template, candidate.value()) != null) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }
}
