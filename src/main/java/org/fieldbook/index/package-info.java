/**
 * The ICC INDEX: its policy areas (held as data), questionnaire definitions, the city's answers,
 * their verification with evidence, and scores; records, store code and views.
 */
package org.fieldbook.index;
