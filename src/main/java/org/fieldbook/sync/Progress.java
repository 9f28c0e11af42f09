package org.fieldbook.sync;

/** Receives progress of a long export or import (called on the worker thread). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (step, done, total) -> { };

    void update(String step, long done, long total);
}
