package org.fieldbook.app.cli.index;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Number formats of the index commands: one decimal in tables, two in JSON. */
final class Fmt {
    private Fmt() {
    }

    static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String signed(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%+.1f", v);
    }

    static Double round(Double v) {
        return v == null ? null : Math.round(v * 100.0) / 100.0;
    }

    static Map<String, Double> rounded(Map<String, Double> rates) {
        Map<String, Double> out = new LinkedHashMap<>();
        rates.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }
}
