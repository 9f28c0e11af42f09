/**
 * Full-text search (SQLite FTS5, accents folded) over notes, meetings and stakeholders, with ranked,
 * highlighted snippets and filters by visit, area and kind; the service and the Ctrl+K search view.
 */
package org.fieldbook.search;
