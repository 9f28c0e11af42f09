/** The trash view (JavaFX): deleted visits, notes, meetings and stakeholders, listed and restored. */
package org.fieldbook.trash.ui;
