/**
 * The trash: deleted notes, meetings and stakeholders (tombstoned, never removed) listed for restoring,
 * and the view that shows them.
 */
package org.fieldbook.trash;
