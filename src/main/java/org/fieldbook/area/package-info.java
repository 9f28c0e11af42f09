/**
 * The INDEX areas (data, not an enum): the catalogue notes are tagged with, the visit overview counts by, search
 * filters on and the INDEX scores are computed per. Depends on the store only, so every feature may use it.
 */
package org.fieldbook.area;
