package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.Role;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock rules of sync, with each workspace's wall clock injected and restarts between steps. */
class ClockDisciplineTest {
    private static final long T0 = Instant.parse("2026-10-05T08:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;

    @TempDir
    Path dir;

    private static Services open(Path folder, AtomicLong wall, String name) {
        Services s = Services.open(folder, wall::get);
        s.store().setIdentity(name, Role.EXPERT);
        return s;
    }

    private static void setPopulation(Services s, String cityId, long population) {
        City c = s.cities().find(cityId).orElseThrow();
        s.cities().update(new City(c.id(), c.name(), c.country(), population, c.foreignBornPct(), c.foreignResidentsPct(),
                c.minoritiesPct(), c.languages(), c.context()));
    }

    private static Long population(Services s, String cityId) {
        return s.cities().find(cityId).orElseThrow().population();
    }

    @Test
    void aLaptopRunningFastDoesNotCostTheOfficeItsLaterCorrection() {
        AtomicLong expertWall = new AtomicLong(T0 + 30 * MINUTE);
        AtomicLong officeWall = new AtomicLong(T0);
        String visitId;
        String cityId;
        Path toOffice = dir.resolve("to-office.fbz");
        try (Services e = open(dir.resolve("expert"), expertWall, "Ana")) {
            Visit v = TestWorkspace.visit(e, "Lisboa");
            visitId = v.id();
            cityId = v.cityId();
            setPopulation(e, cityId, 100_000);
            SyncFixture.exportVisit(e, visitId, toOffice);
        }
        officeWall.addAndGet(MINUTE);
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            assertTrue(SyncFixture.importTrusted(o, toOffice).applied());
        }
        // A new process (restart, or the command line): its clock must start above what the store already holds.
        officeWall.addAndGet(MINUTE);
        Path toExpert = dir.resolve("to-expert.fbz");
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            setPopulation(o, cityId, 123_456);
            SyncFixture.exportVisit(o, visitId, toExpert);
        }
        expertWall.addAndGet(5 * MINUTE);
        Path back = dir.resolve("back.fbz");
        try (Services e = open(dir.resolve("expert"), expertWall, "Ana")) {
            SyncFixture.importTrusted(e, toExpert);
            assertEquals(123_456L, population(e, cityId), "the office's correction reached the expert");
            assertEquals(0, e.sync().conflicts().openCount());
            SyncFixture.exportVisit(e, visitId, back);
        }
        officeWall.addAndGet(MINUTE);
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            SyncFixture.importTrusted(o, back);
            assertEquals(123_456L, population(o, cityId), "the office keeps its correction");
            assertEquals(0, o.sync().conflicts().openCount());
        }
    }

    @Test
    void aFrozenClockStillIssuesIncreasingStampsAcrossRestarts() {
        AtomicLong wall = new AtomicLong(T0);
        String last;
        String cityId;
        try (Services s = open(dir.resolve("w"), wall, "Ana")) {
            cityId = TestWorkspace.visit(s, "Lisboa").cityId();
            for (int i = 0; i < 5; i++) {
                setPopulation(s, cityId, 1000 + i);
            }
            last = s.store().tracker().clock().highWater();
        }
        try (Services s = open(dir.resolve("w"), wall, "Ana")) {
            String next = s.store().tracker().clock().now();
            assertTrue(next.compareTo(last) > 0, next + " sorts after " + last);
            setPopulation(s, cityId, 7);
            String stamp = s.store().db().read(c -> org.fieldbook.store.Sql.one(c,
                    "SELECT json_extract(stamps, '$.population') FROM city WHERE id=?", rs -> rs.getString(1), cityId)).orElseThrow();
            assertTrue(stamp.compareTo(last) > 0, "the edit after the restart (" + stamp + ") sorts after " + last);
        }
    }

    @Test
    void aClockBehindWhatTheWorkspaceHoldsIsReported() {
        AtomicLong wall = new AtomicLong(T0 + 90 * MINUTE);
        try (Services s = open(dir.resolve("w"), wall, "Ana")) {
            TestWorkspace.visit(s, "Lisboa");
            assertFalse(s.store().clockLooksBehind());
        }
        wall.set(T0);
        try (Services s = open(dir.resolve("w"), wall, "Ana")) {
            assertTrue(s.store().clockLooksBehind());
            long behind = s.store().clockBehindMillis();
            assertTrue(behind >= 89 * MINUTE && behind <= 91 * MINUTE, "behind by " + behind);
        }
    }

    @Test
    void theCommandLineWarnsWhenTheClockIsBehind() {
        Path ws = dir.resolve("cli");
        try (Services s = open(ws, new AtomicLong(System.currentTimeMillis() + 3 * 60 * MINUTE), "Ana")) {
            TestWorkspace.visit(s, "Lisboa");
        }
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.fieldbook.app.cli.FieldbookCommand.run(new String[] {"--data", ws.toString(), "visits"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("warning: this computer's clock is 1"), err.toString());
        assertTrue(out.toString().contains("Lisboa"), out.toString());
    }

    @Test
    void stampsFarAheadOfTheReceiverAreRefusedBeforeAnythingChanges() {
        AtomicLong future = new AtomicLong(Instant.parse("2286-11-20T17:46:00Z").toEpochMilli());
        AtomicLong officeWall = new AtomicLong(T0);
        Path bundle = dir.resolve("future.fbz");
        try (Services e = open(dir.resolve("expert"), future, "Ana Ruiz")) {
            Visit v = TestWorkspace.visit(e, "Lisboa");
            SyncFixture.exportVisit(e, v.id(), bundle);
        }
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            TestWorkspace.visit(o, "Porto");
            String before = SyncFixture.dumpChecksum(o);
            BundleRejected r = assertThrows(BundleRejected.class,
                    () -> o.sync().imports().importBundle(bundle, SyncFixture.TRUST, Progress.NONE));
            assertTrue(r.getMessage().contains("Ana Ruiz"), r.getMessage());
            assertTrue(r.getMessage().contains("2286-11-20"), r.getMessage());
            assertTrue(r.getMessage().contains("years ahead of this computer's clock"), r.getMessage());
            assertTrue(r.getMessage().contains("export the bundle again"), r.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(o), "nothing changed");
        }
    }

    @Test
    void aFewHoursOfSkewAreAcceptedAndTheReceiverClockMovesPastThem() {
        AtomicLong expertWall = new AtomicLong(T0 + 5 * 60 * MINUTE);
        AtomicLong officeWall = new AtomicLong(T0);
        Path bundle = dir.resolve("ahead.fbz");
        try (Services e = open(dir.resolve("expert"), expertWall, "Ana")) {
            SyncFixture.exportVisit(e, TestWorkspace.visit(e, "Lisboa").id(), bundle);
        }
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            assertTrue(o.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE).applied());
        }
        try (Services o = open(dir.resolve("office"), officeWall, "Office")) {
            long next = org.fieldbook.store.HybridClock.millisOf(o.store().tracker().clock().now());
            assertTrue(next >= T0 + 5 * 60 * MINUTE, "after a restart the office's clock is past what it received");
        }
    }
}
