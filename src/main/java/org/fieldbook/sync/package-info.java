/**
 * Sync bundles between workspaces: export, verify and import of signed (and, for the office, encrypted)
 * BagIt bundles ({@code *.fbz}), field-by-field merge, the import log with undo, and conflicts.
 */
package org.fieldbook.sync;
