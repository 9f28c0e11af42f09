/**
 * The demo workspace content: a clearly fictional city with a realistic two-day expert visit (team, directory,
 * programme, notes over every INDEX area and kind, a few attachments), written through the repositories.
 */
package org.fieldbook.demo;
