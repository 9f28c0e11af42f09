package org.fieldbook.store;

import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time but never go backwards and
 * order causally related events across laptops whose clocks disagree. A stamp is a fixed-width string
 * {@code PPPPPPPPPPPPPPP-CCCCC-NODE} so that string order equals clock order.
 *
 * <p>Rules kept here: a stamp is never lower than any stamp the clock has issued or observed (a workspace seeds
 * its clock from its persisted high-water mark at open, see {@link Store}); when the counter would outgrow its five
 * digits the physical part moves on by one millisecond instead, so text order stays clock order under every value.
 */
public final class HybridClock {
    /** The largest counter that fits the stamp's fixed width. */
    public static final int MAX_COUNTER = 99_999;
    /** The largest physical part that fits the stamp's fixed width. */
    public static final long MAX_PHYSICAL = 999_999_999_999_999L;
    /** A stamp as stored: clock part, then optionally a derived suffix after {@code ~} (merged versions, undeletes). */
    private static final Pattern STAMP = Pattern.compile("(\\d{15})-(\\d{5})-([0-9A-Za-z_-]{1,40})(~[0-9A-Za-z_-]{1,40})?");

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
            normalise();
        }
        return format(physical, counter, node);
    }

    /**
     * Takes a stamp seen from elsewhere (an imported record, or the workspace's high-water mark at open) so later
     * local stamps sort after it. A stamp that is not well formed is refused (validation checks stamps before).
     */
    public synchronized void observe(String stamp) {
        if (stamp == null || stamp.isEmpty()) {
            return;
        }
        Parsed p = parse(stamp);
        long wall = wallClock.getAsLong();
        long max = Math.max(wall, Math.max(physical, p.physical()));
        if (max == physical && max == p.physical()) {
            counter = Math.max(counter, p.counter()) + 1;
        } else if (max == physical) {
            counter++;
        } else if (max == p.physical()) {
            counter = p.counter() + 1;
        } else {
            counter = 0;
        }
        physical = max;
        normalise();
    }

    /** The latest stamp issued or observed (without node), for the persisted high-water mark. */
    public synchronized String highWater() {
        return format(physical, counter, node);
    }

    /** The wall clock this clock reads (milliseconds since the epoch). */
    public long wallMillis() {
        return wallClock.getAsLong();
    }

    public String node() {
        return node;
    }

    private void normalise() {
        if (counter > MAX_COUNTER) {
            physical++;
            counter = 0;
        }
    }

    /** Wall-clock milliseconds carried by a stamp. */
    public static long millisOf(String stamp) {
        return parse(stamp).physical();
    }

    /** True when the text is a well-formed stamp (with or without a derived suffix). */
    public static boolean isStamp(String text) {
        return text != null && STAMP.matcher(text).matches();
    }

    /** The parts of a well-formed stamp; throws {@link IllegalArgumentException} naming the problem otherwise. */
    public static Parsed parse(String stamp) {
        Matcher m = stamp == null ? null : STAMP.matcher(stamp);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a clock stamp: " + abbreviate(stamp));
        }
        return new Parsed(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static String format(long physical, int counter, String node) {
        return String.format("%015d-%05d-%s", physical, counter, node);
    }

    /** The parts of a stamp. */
    public record Parsed(long physical, int counter, String node) {
    }
}
