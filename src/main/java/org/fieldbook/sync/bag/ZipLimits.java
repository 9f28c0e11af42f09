package org.fieldbook.sync.bag;

/** Limits an incoming bundle must respect before anything is read from it. */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, long maxRatio, long ratioFloorBytes) {
    /** Generous for real visits (thousands of notes, a few GB of photos), far below what harms a laptop. */
    public static final ZipLimits DEFAULT = new ZipLimits(60_000, 8L << 30, 2L << 30, 100, 1L << 20);
}
