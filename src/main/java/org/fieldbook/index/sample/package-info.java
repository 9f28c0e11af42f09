/**
 * Sample statistics supplied by the office (per area and overall, for the whole sample and for groups by
 * population and diversity) and the comparison of a city's scores with the groups that fit it.
 */
package org.fieldbook.index.sample;
