package org.fieldbook.sync.merge;

import java.util.List;
import java.util.TreeMap;
import org.fieldbook.sync.records.Record;

/**
 * The result of merging one incoming record into the local one: the record to store, what happened to it,
 * the new "seen" map, text versions to remember and conflicts found.
 */
public record MergeOutcome(Record result, Change change, boolean deletes, TreeMap<String, String> seen,
                           List<TextVersion> versions, List<Conflict> conflicts) {
    /** What the merge does to the local record. */
    public enum Change { INSERT, UPDATE, UNCHANGED }
}
