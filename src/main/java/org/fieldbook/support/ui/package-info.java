/**
 * Widgets and plumbing every feature's views share: strings ({@code I18n}, {@code messages*.properties}), theme,
 * background runner, undo stack, notifications, error dialog, form grid, Markdown text flow, desktop files, window
 * size, and {@code UiContext}, the bundle of these handed to each view. Knows no feature.
 */
package org.fieldbook.support.ui;
