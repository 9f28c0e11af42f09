package org.fieldbook.sync.bag;

import java.text.Normalizer;
import org.fieldbook.sync.BundleRejected;

/** Checks one ZIP entry name: relative, inside the bag, no tricks. */
final class EntryNames {
    private EntryNames() {
    }

    static void check(String name) {
        if (name.isEmpty()) {
            throw BundleRejected.coded("entry.emptyName", "an entry has an empty name");
        }
        if (name.indexOf('\\') >= 0) {
            throw BundleRejected.coded("entry.backslash", "entry name with a backslash (a Windows path): " + name, name);
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw BundleRejected.coded("entry.absolute", "absolute path in the bundle: " + name, name);
        }
        if (name.indexOf('\0') >= 0 || name.chars().anyMatch(ch -> ch < 0x20)) {
            throw BundleRejected.coded("entry.control", "entry name with control characters: " + name.replaceAll("\\p{Cntrl}", "?"),
                    name.replaceAll("\\p{Cntrl}", "?"));
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String part : body.split("/", -1)) {
            if (part.equals("..")) {
                throw BundleRejected.coded("entry.outside", "path outside the bag: " + name, name);
            }
            if (part.isEmpty() || part.equals(".")) {
                throw BundleRejected.coded("entry.malformed", "malformed entry path: " + name, name);
            }
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            throw BundleRejected.coded("entry.notNfc", "entry name not NFC-normalised: " + name, name);
        }
    }
}
