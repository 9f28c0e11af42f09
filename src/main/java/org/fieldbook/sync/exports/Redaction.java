package org.fieldbook.sync.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.fieldbook.store.FieldRule;
import org.fieldbook.store.SyncedTables;
import org.fieldbook.store.TableDeclaration;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.TableSchema;

/**
 * Turns the records of an export into a bundle without personal data, for sharing a visit's findings outside the
 * office: the fields the declaration marks personal are blanked (names, roles, contacts, speakers, team, authors),
 * tables of personal records are left out (attendance, attachments), and every free text is passed through
 * {@code scrub}, which removes the names the workspace knows.
 */
public final class Redaction {
    private Redaction() {
    }

    public static Map<TableSchema, List<Record>> apply(Map<TableSchema, List<Record>> selected, UnaryOperator<String> scrub) {
        Map<TableSchema, List<Record>> out = new LinkedHashMap<>();
        for (var e : selected.entrySet()) {
            TableDeclaration decl = SyncedTables.of(e.getKey().name());
            if (decl.personalRecords()) {
                continue;
            }
            List<Record> records = new ArrayList<>();
            for (Record r : e.getValue()) {
                if (decl.name().equals("index_evidence_link") && "attachment".equals(r.get("target_type"))) {
                    continue;
                }
                TreeMap<String, Object> values = new TreeMap<>(r.values());
                for (var v : r.values().entrySet()) {
                    FieldRule rule = decl.field(v.getKey());
                    if (rule == null || v.getValue() == null) {
                        continue;
                    }
                    if (decl.personal().contains(v.getKey())) {
                        values.put(v.getKey(), blank(rule));
                    } else if (rule.type().equals("text") && v.getValue() instanceof String s) {
                        values.put(v.getKey(), scrub.apply(s));
                    }
                }
                records.add(new Record(r.table(), values, r.stamps(), new TreeMap<>(), new TreeMap<>()));
            }
            out.put(e.getKey(), records);
        }
        return out;
    }

    private static Object blank(FieldRule rule) {
        if (rule.nullable()) {
            return null;
        }
        if (rule.type().equals("json")) {
            return "[]";
        }
        return "";
    }
}
