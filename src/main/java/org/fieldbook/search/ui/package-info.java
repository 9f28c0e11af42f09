/** The Ctrl+K search window (JavaFX): query field, filters, ranked hits with highlighted snippets. */
package org.fieldbook.search.ui;
