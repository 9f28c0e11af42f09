package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.CityComparison;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's INDEX database: 200 cities × 3 editions; all statistics and every city's ranks, each edition. */
@Tag("bench")
class IndexDatabaseBenchmark {
    @TempDir
    Path dir;

    @Test
    void sampleStatisticsAndRanksOfAnOffice() {
        try (Services s = TestWorkspace.open(dir)) {
            List<String> editions = List.of("bench-2014", "bench-2017", "bench-2020");
            OfficeResults.fill(s, editions);
            for (String e : editions) {
                assertEquals(200, s.index().results().compareAll(e).size()); // warm up
            }
            double[] runs = new double[7];
            double[] cpu = new double[runs.length];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Map<String, CityComparison>> last = new ArrayList<>();
            for (int i = 0; i < runs.length; i++) {
                last.clear();
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                for (String e : editions) {
                    last.add(s.index().results().compareAll(e));
                }
                runs[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(runs);
            Arrays.sort(cpu);
            CityComparison any = last.get(2).get(OfficeResults.uuid("city-7"));
            assertEquals(200, any.whole().overall().outOf(), "each city once");
            assertTrue(any.groups().size() >= 4, "whole sample, population band, diversity band, country");
            assertTrue(last.get(2).values().stream().anyMatch(cc -> cc.whole().overall().rank() == 1), "someone is first");
            BenchResults.record("index_sample_compute_ms", runs[runs.length / 2], 200, true);
            // The same work in this thread's CPU time: what the wall time is when the machine is not shared.
            BenchResults.record("index_sample_compute_cpu_ms", cpu[cpu.length / 2], 200, true);
        }
    }

    @Test
    void analysisReportWholeProcess() throws Exception {
        Path ws = dir.resolve("ws");
        String visit;
        try (Services s = TestWorkspace.open(ws)) {
            org.fieldbook.visit.Visit v = TestWorkspace.visit(s, "Benchville");
            org.fieldbook.index.IndexDemo.populate(s.index(), s.notes(), v.id());
            visit = v.id();
            QuestionnaireDefinition d = DefinitionReader.sample();
            StringBuilder sb = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
            d.areas().forEach(a -> sb.append(',').append(a.id()));
            sb.append('\n');
            Random rnd = new Random(3);
            for (int i = 0; i < 200; i++) {
                for (int e = 0; e < 3; e++) {
                    sb.append("City ").append(i).append(",C").append(i % 12).append(',').append(d.id()).append(',').append(2014 + 3 * e)
                            .append(',').append(30_000 + rnd.nextInt(900_000)).append(',').append(rnd.nextInt(40));
                    for (AreaDefinition a : d.areas()) {
                        sb.append(',').append(a.optional() && rnd.nextBoolean() ? "" : String.valueOf(rnd.nextInt(101)));
                    }
                    sb.append('\n');
                }
            }
            Path csv = dir.resolve("office.csv");
            java.nio.file.Files.writeString(csv, sb.toString());
            assertEquals(600, s.index().results().importFile(csv).results());
        }
        // The whole process, as a user runs it: a fresh JVM each time (start-up, the command line, opening the
        // workspace, POI), first with the JVM's defaults (java -cp, the test class path), then with the app image's
        // options (C1 only, serial GC) but no class-data-sharing archive, then as the app image runs it: its options
        // (read from installer/jpackage-common.cfg), the jar and the jars it ships, and a class-data-sharing archive
        // made the way the installer makes it (a training run of the same command records the classes it loads,
        // -Xshare:dump archives them, the launcher passes -XX:SharedArchiveFile).
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> app = appImageLaunch(javaBin, dir.resolve("app"));
        List<String> reportArgs = List.of("org.fieldbook.app.Main", "--data", ws.toString(), "index", "report", "--visit", visit,
                "--out");
        List<String> appTraining = new ArrayList<>(app);
        appTraining.add(1, "-XX:DumpLoadedClassList=" + dir.resolve("app").resolve("fieldbook.classlist"));
        assertEquals(0, runProcess(appTraining, reportArgs, dir.resolve("training.docx"), dir.resolve("training.log")).code(),
                java.nio.file.Files.readString(dir.resolve("training.log")));
        List<String> dump = new ArrayList<>(app);
        dump.addAll(1, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + dir.resolve("app").resolve("fieldbook.classlist"),
                "-XX:SharedArchiveFile=" + dir.resolve("app").resolve("fieldbook.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        dump.removeIf("-Xshare:auto"::equals);
        ProcessBuilder dumping = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(dir.resolve("dump.log").toFile());
        assertEquals(0, dumping.start().waitFor(), java.nio.file.Files.readString(dir.resolve("dump.log")));
        List<String> appWithArchive = new ArrayList<>(app);
        appWithArchive.add(1, "-XX:SharedArchiveFile=" + dir.resolve("app").resolve("fieldbook.jsa"));
        // The archive must map (with -Xshare:auto, which the launcher uses, a failure would go unnoticed)
        List<String> strict = new ArrayList<>(appWithArchive);
        strict.replaceAll(o -> o.equals("-Xshare:auto") ? "-Xshare:on" : o);
        assertEquals(0, runProcess(strict, reportArgs, dir.resolve("strict.docx"), dir.resolve("strict.log")).code(),
                java.nio.file.Files.readString(dir.resolve("strict.log")));

        List<List<String>> launchers = List.of(List.of(javaBin, "-cp", cp),
                List.of(javaBin, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", cp), appWithArchive);
        String[] names = {"index_report_process_ms", "index_report_process_c1_ms", "index_report_process_app_ms"};
        for (int l = 0; l < launchers.size(); l++) {
            double[] runs = new double[3];
            double[] cpu = new double[runs.length];
            for (int i = 0; i < runs.length; i++) {
                Path out = dir.resolve("p" + l + "-" + i + ".docx");
                Path log = dir.resolve("p" + l + "-" + i + ".log");
                Run run = runProcess(launchers.get(l), reportArgs, out, log);
                runs[i] = run.wallMs();
                cpu[i] = run.cpuMs();
                assertEquals(0, run.code(), java.nio.file.Files.readString(log));
                assertTrue(java.nio.file.Files.size(out) > 20_000);
            }
            Arrays.sort(runs);
            Arrays.sort(cpu);
            BenchResults.record(names[l], runs[runs.length / 2], 3000, true);
            if (cpu[0] >= 0) {
                // The process's CPU time (all its threads: the compiler's too), less sensitive to a shared machine
                BenchResults.record(names[l].replace("_ms", "_cpu_ms"), cpu[cpu.length / 2], Double.NaN, true);
            }
        }

        // In this (warm) JVM: the report's own work without the start-up.
        double[] runs = new double[3];
        double[] cpu = new double[runs.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs.length; i++) {
            Path out = dir.resolve("r" + i + ".docx");
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int code = org.fieldbook.app.cli.FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "report", "--visit", visit,
                    "--out", out.toString()});
            runs[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            assertEquals(0, code);
            assertTrue(java.nio.file.Files.size(out) > 20_000);
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        BenchResults.record("index_report_ms", runs[runs.length / 2], 3000, true);
        // CPU time of the calling thread (the database's writer thread not included): the figure on an unshared machine.
        BenchResults.record("index_report_cpu_ms", cpu[cpu.length / 2], 3000, true);
    }

    /** One finished process: exit code, wall time, CPU time of the process (-1 where /proc is not there). */
    record Run(int code, double wallMs, double cpuMs) {
    }

    private static Run runProcess(List<String> launcher, List<String> args, Path out, Path log) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(args);
        command.add(out.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long c0 = childrenCpuMs();
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e6;
        long c1 = childrenCpuMs();
        return new Run(code, wall, c0 < 0 || c1 < 0 ? -1 : c1 - c0);
    }

    /** CPU time of this JVM's finished children (Linux: /proc/self/stat cutime + cstime), or -1. */
    private static long childrenCpuMs() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 16 and 17 of stat (cutime, cstime), counted from field 3 after the command name
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10; // clock ticks of 10 ms (USER_HZ 100)
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The app image's launch: java with the options installer/jpackage-common.cfg gives the launcher, and the class path
     * the image has (the app's jar, made here from target/classes, and the jars target/runtime-classpath.txt lists,
     * which are those the installer ships). Class-data sharing needs jars, not folders.
     */
    private static List<String> appImageLaunch(String javaBin, Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        Path jar = folder.resolve("fieldbook.jar");
        java.util.spi.ToolProvider jarTool = java.util.spi.ToolProvider.findFirst("jar").orElseThrow();
        assertEquals(0, jarTool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C",
                Path.of("target", "classes").toString(), "."));
        String libs = java.nio.file.Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(javaBin));
        for (String line : java.nio.file.Files.readAllLines(Path.of("installer", "jpackage-common.cfg"))) {
            if (line.startsWith("--java-options ")) {
                command.add(line.substring("--java-options ".length()).trim());
            }
        }
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), "the app image's options: " + command);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + libs));
        return command;
    }
}
