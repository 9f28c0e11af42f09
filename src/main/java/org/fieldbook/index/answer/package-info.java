/**
 * The city's self-assessment: answer values tied to a questionnaire version, their storage per visit, and
 * the import from JSON (validated completely before anything is written).
 */
package org.fieldbook.index.answer;
