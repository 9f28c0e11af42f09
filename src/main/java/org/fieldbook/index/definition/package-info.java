/**
 * Questionnaire definitions as versioned data (JSON records read with Jackson), their validation, and
 * their immutable storage in the workspace: a loaded definition never changes under the answers given on it.
 */
package org.fieldbook.index.definition;
