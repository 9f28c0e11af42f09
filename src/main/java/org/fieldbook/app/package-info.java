/**
 * Wiring: the one place that builds the store, repositories and services by hand, and the program's
 * entry point that chooses between the command line and the desktop window.
 */
package org.fieldbook.app;
