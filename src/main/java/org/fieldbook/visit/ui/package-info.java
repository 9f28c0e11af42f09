/**
 * The visit screens (JavaFX): sidebar of visits, the visit view and its overview and programme tabs, the agenda,
 * and the visit and meeting dialogs. The other features' tabs are handed in by the window.
 */
package org.fieldbook.visit.ui;
