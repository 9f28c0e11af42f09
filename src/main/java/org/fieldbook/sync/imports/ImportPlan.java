package org.fieldbook.sync.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.sync.merge.Conflict;
import org.fieldbook.sync.merge.MergeOutcome;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.TableSchema;

/** What importing a bundle would do, record by record: the preview shown before anything is applied. */
public final class ImportPlan {
    /** One incoming record with the local state it meets and the merge result. */
    public record Step(TableSchema schema, Record local, MergeOutcome outcome) {
    }

    private final List<Step> steps = new ArrayList<>();

    void add(Step step) {
        steps.add(step);
    }

    public List<Step> steps() {
        return steps;
    }

    public int inserted() {
        return count(MergeOutcome.Change.INSERT);
    }

    public int updated() {
        return count(MergeOutcome.Change.UPDATE);
    }

    public int unchanged() {
        return count(MergeOutcome.Change.UNCHANGED);
    }

    /** Records the import would move to the trash. */
    public int deleted() {
        return (int) steps.stream().filter(s -> s.outcome().deletes()).count();
    }

    public List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        steps.forEach(s -> out.addAll(s.outcome().conflicts()));
        return out;
    }

    /** Per table: [new, changed, deleted]. */
    public Map<String, int[]> perTable() {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (Step s : steps) {
            int[] c = out.computeIfAbsent(s.schema().name(), k -> new int[3]);
            switch (s.outcome().change()) {
                case INSERT -> c[0]++;
                case UPDATE -> c[1]++;
                default -> { }
            }
            if (s.outcome().deletes()) {
                c[2]++;
            }
        }
        return out;
    }

    private int count(MergeOutcome.Change change) {
        return (int) steps.stream().filter(s -> s.outcome().change() == change).count();
    }
}
