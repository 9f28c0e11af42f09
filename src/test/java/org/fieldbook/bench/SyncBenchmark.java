package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.Tracker;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync figures: exporting a visit of 1,500 notes and 200 MB of attachments against {@code zip -6} of the same
 * files, importing that bundle into an office workspace of 200,000 notes, and re-importing it.
 */
@Tag("bench")
class SyncBenchmark {
    private static final int NOTES = 1_500;
    private static final int PHOTOS = 80;
    private static final int DOCUMENTS = 20;
    private static final int FILE_BYTES = 2 << 20;
    private static final int OFFICE_NOTES = Integer.getInteger("bench.officeNotes", 200_000);

    @TempDir
    Path dir;

    @Test
    void exportImportReimport() throws Exception {
        Path bundle = dir.resolve("visit.fbz");
        long attachmentBytes;
        String visitId;
        double exportMs;
        try (Services s = TestWorkspace.open(dir.resolve("expert"))) {
            Visit v = TestWorkspace.visit(s, "Benchtown");
            visitId = v.id();
            List<String> noteIds = s.store().db().write(c -> {
                List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < NOTES; i++) {
                    String id = Tracker.newId();
                    s.store().tracker().insert(c, "note", id, java.util.Map.of("visit_id", v.id(), "kind", "observation",
                            "text", "Observation " + i + ": the welcome office works with schools and NGOs.\nSecond line " + i,
                            "areas", "[\"education\"]"));
                    ids.add(id);
                }
                return ids;
            });
            Random r = new Random(1);
            attachmentBytes = 0;
            for (int i = 0; i < PHOTOS + DOCUMENTS; i++) {
                byte[] b;
                String name;
                if (i < PHOTOS) {
                    b = new byte[FILE_BYTES];
                    r.nextBytes(b);
                    b[0] = (byte) 0xFF;
                    b[1] = (byte) 0xD8;
                    b[2] = (byte) 0xFF;
                    name = "photo-" + i + ".jpg";
                } else {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < FILE_BYTES) {
                        sb.append("Minutes ").append(i).append(": participant ").append(r.nextInt(1000)).append(" spoke about ")
                                .append(r.nextInt(17)).append(" topics;\n");
                    }
                    b = sb.substring(0, FILE_BYTES).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    name = "minutes-" + i + ".txt";
                }
                s.attachments().attach(noteIds.get(i * 7), name, b);
                attachmentBytes += b.length;
            }
            long t0 = System.nanoTime();
            ExportResult result = s.sync().export(new ExportRequest(v.id(), false, null, bundle), Progress.NONE, new Cancellation());
            exportMs = (System.nanoTime() - t0) / 1e6;
            Assertions.assertEquals(PHOTOS + DOCUMENTS, result.attachments());
            System.out.printf("BENCH export: %d notes, %.0f MB attachments in %.0f ms (bundle %.0f MB)%n", NOTES,
                    attachmentBytes / 1e6, exportMs, result.bytes() / 1e6);
            Object zipped = zipMillis(s.store().workspace().attachments(), dir.resolve("zip6.zip"));
            if (zipped instanceof String why) {
                System.out.println("BENCH export_vs_zip_ratio skipped: " + why);
            } else {
                double zipMs = (Double) zipped;
                System.out.printf("BENCH zip -6 of the same attachments: %.0f ms%n", zipMs);
                BenchResults.record("export_vs_zip_ratio", zipMs / exportMs, 0.5, false);
            }
            BenchResults.record("export_ms", exportMs, Double.NaN, true);
        }
        try (Services o = TestWorkspace.open(dir.resolve("office"))) {
            long t0 = System.nanoTime();
            OfficeFiller.fill(o, OFFICE_NOTES);
            System.out.printf("BENCH office workspace with %d notes built in %.0f ms%n", OFFICE_NOTES, (System.nanoTime() - t0) / 1e6);
            long t1 = System.nanoTime();
            String[] last = {""};
            ImportReport r = o.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), (step, d, tot) -> {
                if (!step.equals(last[0])) {
                    System.out.printf("BENCH import step %-12s at %6.0f ms%n", step, (System.nanoTime() - t1) / 1e6);
                    last[0] = step;
                }
            });
            double importMs = (System.nanoTime() - t1) / 1e6;
            Assertions.assertTrue(r.applied());
            Assertions.assertEquals(NOTES, o.notes().forVisit(visitId).size());
            BenchResults.record("import_ms", importMs, 5000, true);
            long t2 = System.nanoTime();
            ImportReport again = o.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE);
            double reimportMs = (System.nanoTime() - t2) / 1e6;
            Assertions.assertTrue(again.alreadyImported());
            BenchResults.record("reimport_ms", reimportMs, 1000, true);
        }
    }

    /**
     * Time of {@code zip -6 -r} over the folder in ms (a Double), or why there is none (a String): not installed,
     * timed out, or failed with its exit code.
     */
    private static Object zipMillis(Path folder, Path out) throws IOException, InterruptedException {
        try {
            new ProcessBuilder("zip", "-v").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return "the 'zip' command is not installed (apt-get install -y zip)";
        }
        Files.deleteIfExists(out);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("zip", "-6", "-r", "-q", out.toAbsolutePath().toString(), ".")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "zip -6 did not finish within 10 minutes";
        }
        if (p.exitValue() != 0) {
            return "zip -6 failed with exit code " + p.exitValue();
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
