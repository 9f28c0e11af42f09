/**
 * Shared storage: the workspace folder, the SQLite connection (one writer, a few readers), migrations,
 * the hybrid logical clock and the change tracking every record carries. No JavaFX here.
 */
package org.fieldbook.store;
