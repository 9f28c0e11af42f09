package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stamp stays ordered as text under every value its counter can reach. */
class ClockStampFormTest {
    @Test
    void aCounterThatOutgrowsItsWidthMovesThePhysicalPartOn() {
        HybridClock clock = new HybridClock("aaaaaaaa", () -> 1_000L);
        String previous = clock.now();
        for (int i = 0; i < 250_000; i++) {
            String next = clock.now();
            assertTrue(next.compareTo(previous) > 0, next + " after " + previous);
            assertTrue(HybridClock.isStamp(next), next);
            previous = next;
        }
    }

    @Test
    void observingAStampAtTheTopOfTheCounterKeepsTheOrder() {
        HybridClock clock = new HybridClock("aaaaaaaa", () -> 1_000L);
        String remote = "000000000005000-99999-bbbbbbbb";
        clock.observe(remote);
        String next = clock.now();
        assertTrue(next.compareTo(remote) > 0, next + " after " + remote);
        assertTrue(HybridClock.isStamp(next));
    }

    @Test
    void malformedStampsAreRecognised() {
        assertTrue(HybridClock.isStamp("001795990263362-00000-62aa480c"));
        assertTrue(HybridClock.isStamp("001795990263362-00000-62aa480c~undelete"));
        assertFalse(HybridClock.isStamp("1795990263362-0-62aa480c"));
        assertFalse(HybridClock.isStamp("001795990263362-00000-"));
        assertFalse(HybridClock.isStamp("0017959902633620-00000-62aa480c"));
        assertFalse(HybridClock.isStamp("garbage-that-is-long-enough-to-pass"));
        assertThrows(IllegalArgumentException.class, () -> new HybridClock("a", () -> 0L).observe("not a stamp at all, really"));
    }
}
