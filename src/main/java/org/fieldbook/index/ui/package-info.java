/**
 * The INDEX verification and comparison screens (JavaFX): view models holding properties and calling the INDEX
 * services in the background, and the views bound to them (question list, answer detail, evidence links, scores chart).
 */
package org.fieldbook.index.ui;
