/**
 * The expert's verification of the city's answers: a status per question, the verified value when corrected,
 * a rationale, and links to evidence (visit notes and attachments).
 */
package org.fieldbook.index.verify;
