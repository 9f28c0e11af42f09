package org.fieldbook.index.score;

/**
 * One side (self-assessed or verified) of an area's score: points reached, points possible, the rate
 * (100 × points ÷ max; null when nothing is possible), whether the area counts in the ICC Index, and the
 * points that rest on answers the expert could not verify (always 0 on the self-assessed side).
 */
public record SideScore(double points, double max, Double rate, boolean counted, double unverifiedPoints) {
}
