package org.fieldbook.sync.bag;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.sync.BundleRejected;

/** The {@code bag-info.txt} metadata: "Label: value" lines in a fixed order. */
public final class BagInfo {
    public static final String BUNDLE_ID = "Bundle-Id";
    public static final String SOURCE_WORKSPACE = "Source-Workspace";
    public static final String SOURCE_DEVICE = "Source-Device";
    public static final String AUTHOR = "Author";
    public static final String CREATED = "Created";
    public static final String SCHEMA_VERSION = "Schema-Version";
    public static final String SEQUENCE = "Sequence";
    public static final String SCOPE = "Scope";
    public static final String RECIPIENT = "Recipient";
    public static final String ENCRYPTED = "Payload-Encrypted";
    public static final String BAGGING_DATE = "Bagging-Date";
    public static final String PAYLOAD_OXUM = "Payload-Oxum";
    public static final String SOFTWARE = "Bag-Software-Agent";

    private final Map<String, String> values = new LinkedHashMap<>();

    public BagInfo put(String label, String value) {
        String clean = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
        values.put(label, clean);
        return this;
    }

    public Optional<String> get(String label) {
        return Optional.ofNullable(values.get(label));
    }

    /** A value that must be present; a bundle without it is refused. */
    public String require(String label) {
        String v = values.get(label);
        if (v == null || v.isBlank()) {
            throw BundleRejected.coded("bag.infoLacks", "bag-info.txt lacks " + label, label);
        }
        return v;
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public byte[] toBytes() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static BagInfo parse(byte[] bytes) {
        BagInfo info = new BagInfo();
        String last = null;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                info.values.put(last, info.values.get(last) + " " + line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw BundleRejected.coded("bag.infoNoLabel", "bag-info.txt has a line without a label: " + abbreviate(line),
                        abbreviate(line));
            }
            last = line.substring(0, colon).trim();
            if (info.values.containsKey(last)) {
                throw BundleRejected.coded("bag.infoRepeats", "bag-info.txt repeats " + last, last);
            }
            info.values.put(last, line.substring(colon + 1).trim());
        }
        return info;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
