/**
 * Personal data of the people met on visits: erasure that no sync can undo (a synced {@code erasure} record, applied
 * by every workspace that receives it and enforced after every import and undo), access on request (everything held
 * about one person, as JSON and as a readable document), and the rewriting of backups. Depends on {@code store} only;
 * {@code app} wires its import hook into sync.
 */
package org.fieldbook.person;
