/**
 * The profile editor view: section list, Markdown editor with live preview and word count, autosave,
 * history with diff and restore, evidence panel, and Word export with progress.
 */
package org.fieldbook.profile.ui;
