/**
 * The note capture pane and its view model (debounced autosave on the note saver's thread, Ctrl+Enter), the note
 * list cell, area chips and the save-state label.
 */
package org.fieldbook.note.ui;
