/**
 * Merge rules: each field on its own by hybrid-clock stamp (deterministic ties), three-way line merge of long
 * texts against their common version, deletion that never silently beats an unseen edit, and conflict records.
 */
package org.fieldbook.sync.merge;
