/**
 * Import of bundles: full validation before anything changes, a preview, one-transaction apply after a
 * backup (free space checked first; kept by {@link org.fieldbook.sync.imports.BackupPolicy}), the import log, undo of
 * the last import, trusted signers and conflicts for a person to resolve.
 */
package org.fieldbook.sync.imports;
