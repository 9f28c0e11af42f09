/**
 * Records of tracked tables as they travel: columns read with PRAGMA table_info (so every registered table
 * travels), canonical JSON (sorted keys, records by id), and strict validation of incoming records.
 */
package org.fieldbook.sync.records;
