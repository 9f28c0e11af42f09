package org.fieldbook.sync.merge;

import java.util.Map;
import java.util.TreeMap;

/**
 * Helpers on hybrid-clock stamps {@code PPPPPPPPPPPPPPP-CCCCC-NODE}, possibly with a derived suffix after
 * {@code ~} (merged text versions, undeletes). A "seen" map holds per node the latest stamp a state includes.
 */
public final class Stamps {
    private Stamps() {
    }

    /** The clock part of a stamp, without a derived suffix. */
    public static String base(String stamp) {
        int t = stamp.indexOf('~');
        return t < 0 ? stamp : stamp.substring(0, t);
    }

    public static String node(String stamp) {
        String b = base(stamp);
        return b.length() > 22 ? b.substring(22) : "";
    }

    public static String max(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** True when the state described by {@code seen} already includes the edit stamped {@code stamp}. */
    public static boolean known(Map<String, String> seen, String stamp) {
        if (stamp == null || stamp.isEmpty()) {
            return true;
        }
        String latest = seen.get(node(stamp));
        return latest != null && latest.compareTo(base(stamp)) >= 0;
    }

    /** The stored seen map widened with every stamp the record itself carries. */
    public static TreeMap<String, String> effective(Map<String, String> seen, Map<String, String> stamps) {
        TreeMap<String, String> out = new TreeMap<>(seen);
        for (String s : stamps.values()) {
            include(out, s);
        }
        return out;
    }

    public static void include(Map<String, String> seen, String stamp) {
        if (stamp == null || stamp.isEmpty()) {
            return;
        }
        String b = base(stamp);
        seen.merge(node(b), b, Stamps::max);
    }

    public static TreeMap<String, String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Stamps::max));
        return out;
    }
}
