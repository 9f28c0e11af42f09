/**
 * The desktop shell: the JavaFX application, main window, theme, background-task runner and the common
 * controls the feature views share. Views never run SQL; they bind to view models.
 */
package org.fieldbook.ui;
