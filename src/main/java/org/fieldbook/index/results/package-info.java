/**
 * INDEX results as records (the office's database of cities): import and export of past years, the computed
 * sample, groups, comparison and ranks, and progress through an area mapping.
 */
package org.fieldbook.index.results;
