/**
 * Notes taken on a visit or a meeting (observations, quotes, good practice, concerns, ideas, follow-ups),
 * tagged with INDEX areas, with their attachments; records, store code and the note saver (views in {@code note.ui}).
 */
package org.fieldbook.note;
