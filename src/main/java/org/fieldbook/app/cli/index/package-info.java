/**
 * The {@code fieldbook index …} commands: load and show questionnaires, write the answers template, import
 * answers, score a visit, export the verification, and load sample statistics.
 */
package org.fieldbook.app.cli.index;
