package org.fieldbook.sync.imports;

/**
 * Choices for one import: trust an unknown signer, accept a bundle that deletes many records, or only preview.
 */
public record ImportOptions(boolean trustSigner, boolean confirmDeletes, boolean dryRun) {
    public static final ImportOptions DEFAULT = new ImportOptions(false, false, false);

    /** More deletions than this need {@link #confirmDeletes}. */
    public static final int MANY_DELETES = 20;
}
