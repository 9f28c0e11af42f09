/**
 * The window shell: the JavaFX application, the main window and its menu, the settings, About, first-start and
 * shortcut dialogs, and the inbox place. It builds each feature's views with the services they need (wired in
 * {@code app}); views never run SQL, they bind to view models.
 */
package org.fieldbook.app.ui;
