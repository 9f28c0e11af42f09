/**
 * Everyday care: logs in the workspace's {@code logs/}, error reports for unexpected failures, user settings
 * (language, theme) and the About information (version, dependency licences). No JavaFX here.
 */
package org.fieldbook.support;
