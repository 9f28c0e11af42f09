package org.fieldbook.index.score;

/** An area's self-assessed and verified scores; {@link #difference()} is verified minus self-assessed rate. */
public record AreaScore(String areaId, double weight, boolean optional, SideScore self, SideScore verified) {
    /** Whether the area counts in the self-assessed ICC Index. */
    public boolean counted() {
        return self.counted();
    }

    public Double difference() {
        return self.rate() == null || verified.rate() == null ? null : verified.rate() - self.rate();
    }
}
