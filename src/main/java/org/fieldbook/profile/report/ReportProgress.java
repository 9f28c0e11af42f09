package org.fieldbook.profile.report;

/** Told how far an export has come (0 to 1) and what it is doing. */
@FunctionalInterface
public interface ReportProgress {
    ReportProgress NONE = (fraction, step) -> { };

    void update(double fraction, String step);
}
