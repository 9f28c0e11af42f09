/**
 * Excel workbooks with Apache POI: the answers template a city fills in, reading it back, and the export of
 * a visit's verification table with an area summary and a native bar chart.
 */
package org.fieldbook.index.workbook;
