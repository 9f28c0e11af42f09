/**
 * The stakeholder directory of a city, reused across its visits: people and organisations met,
 * their category, contact details and consent to be named; records, store code and views.
 */
package org.fieldbook.stakeholder;
