/**
 * Cities and their visits, and the visit schedule (meetings with attendees): domain records,
 * and the store code that keeps them (screens in {@code visit.ui}).
 */
package org.fieldbook.visit;
