/**
 * Cities and their visits, and the visit schedule (meetings with attendees): domain records,
 * the store code that keeps them, and the screens that show them.
 */
package org.fieldbook.visit;
