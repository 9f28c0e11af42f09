/**
 * Word export of a profile with Apache POI: title page, table of contents field, headings from the house
 * template, Markdown mapped to Word paragraphs, lists, tables, native charts, header and footer.
 */
package org.fieldbook.profile.report;
