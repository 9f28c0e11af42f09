package org.fieldbook.store;

import java.util.function.LongSupplier;

/**
 * Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time but never go backwards and
 * order causally related events across laptops whose clocks disagree. A stamp is a fixed-width string
 * {@code PPPPPPPPPPPPPPP-CCCCC-NODE} so that string order equals clock order.
 */
public final class HybridClock {
    private final LongSupplier wallClock;
    private final String node;
    private long physical;
    private int counter;

    public HybridClock(String node, LongSupplier wallClock) {
        this.node = node;
        this.wallClock = wallClock;
    }

    public HybridClock(String node) {
        this(node, System::currentTimeMillis);
    }

    /** A new stamp for a local event. */
    public synchronized String now() {
        long wall = wallClock.getAsLong();
        if (wall > physical) {
            physical = wall;
            counter = 0;
        } else {
            counter++;
        }
        return format(physical, counter, node);
    }

    /** Takes a stamp seen from elsewhere (an imported record) so later local stamps sort after it. */
    public synchronized void observe(String stamp) {
        if (stamp == null || stamp.length() < 21) {
            return;
        }
        long remotePhysical = Long.parseLong(stamp.substring(0, 15));
        int remoteCounter = Integer.parseInt(stamp.substring(16, 21));
        long wall = wallClock.getAsLong();
        long max = Math.max(wall, Math.max(physical, remotePhysical));
        if (max == physical && max == remotePhysical) {
            counter = Math.max(counter, remoteCounter) + 1;
        } else if (max == physical) {
            counter++;
        } else if (max == remotePhysical) {
            counter = remoteCounter + 1;
        } else {
            counter = 0;
        }
        physical = max;
    }

    /** Wall-clock milliseconds carried by a stamp. */
    public static long millisOf(String stamp) {
        return Long.parseLong(stamp.substring(0, 15));
    }

    static String format(long physical, int counter, String node) {
        return String.format("%015d-%05d-%s", physical, counter, node);
    }
}
