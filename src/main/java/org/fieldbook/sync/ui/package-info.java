/**
 * The office side of sync in the window: inbox of received bundles, conflicts side by side, import preview
 * with confirmation, export with progress and cancel. View models call {@code SyncService} in background tasks.
 */
package org.fieldbook.sync.ui;
