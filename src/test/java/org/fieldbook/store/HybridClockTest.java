package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HybridClockTest {
    @Test
    void stampsNeverGoBackwardsWhenTheWallClockDoes() {
        AtomicLong wall = new AtomicLong(1_000_000);
        HybridClock clock = new HybridClock("aaaaaaaa", wall::get);
        String a = clock.now();
        wall.set(500_000);
        String b = clock.now();
        assertTrue(b.compareTo(a) > 0, a + " < " + b);
    }

    @Test
    void observingARemoteStampFromTheFutureOrdersLaterLocalEventsAfterIt() {
        AtomicLong wall = new AtomicLong(1_000_000);
        HybridClock laptopA = new HybridClock("aaaaaaaa", wall::get);
        HybridClock laptopB = new HybridClock("bbbbbbbb", () -> 9_000_000L);
        String remote = laptopB.now();
        laptopA.observe(remote);
        String local = laptopA.now();
        assertTrue(local.compareTo(remote) > 0, remote + " < " + local);
    }
}
