package org.fieldbook.sync.bag;

import java.text.Normalizer;
import org.fieldbook.sync.BundleRejected;

/** Checks one ZIP entry name: relative, inside the bag, no tricks. */
final class EntryNames {
    private EntryNames() {
    }

    static void check(String name) {
        if (name.isEmpty()) {
            throw new BundleRejected("an entry has an empty name");
        }
        if (name.indexOf('\\') >= 0) {
            throw new BundleRejected("entry name with a backslash (a Windows path): " + name);
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new BundleRejected("absolute path in the bundle: " + name);
        }
        if (name.indexOf('\0') >= 0 || name.chars().anyMatch(ch -> ch < 0x20)) {
            throw new BundleRejected("entry name with control characters: " + name.replaceAll("\\p{Cntrl}", "?"));
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String part : body.split("/", -1)) {
            if (part.equals("..")) {
                throw new BundleRejected("path outside the bag: " + name);
            }
            if (part.isEmpty() || part.equals(".")) {
                throw new BundleRejected("malformed entry path: " + name);
            }
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            throw new BundleRejected("entry name not NFC-normalised: " + name);
        }
    }
}
