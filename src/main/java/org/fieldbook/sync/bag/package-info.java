/**
 * The bundle container: a ZIP serialisation of a BagIt 1.0 bag (RFC 8493), written and read with strict
 * limits against hostile archives (paths, links, duplicates, zip bombs, truncation).
 */
package org.fieldbook.sync.bag;
