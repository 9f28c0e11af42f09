/**
 * The INDEX verification screen (JavaFX): a view model holding properties and calling the INDEX services in
 * the background, and the views bound to it (question list, answer detail, evidence links, scores chart).
 */
package org.fieldbook.index.view;
