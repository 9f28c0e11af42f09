package org.fieldbook.index.verify;

import java.util.Locale;

/** Where the expert stands on one answer. */
public enum VerificationStatus {
    NOT_CHECKED, CONFIRMED, CORRECTED, COULD_NOT_VERIFY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VerificationStatus of(String id) {
        for (VerificationStatus s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown verification status '" + id
                + "' (not_checked, confirmed, corrected, could_not_verify)");
    }

    /** True once the expert has decided something about the answer. */
    public boolean checked() {
        return this != NOT_CHECKED;
    }
}
