/**
 * Everyday care: logs in the workspace's {@code logs/}, error reports for unexpected failures, user settings
 * (language, theme), the About information (version, dependency licences) and numbers read leniently and shown
 * by locale. No JavaFX here.
 */
package org.fieldbook.support;
