/**
 * The profile template: the office-editable JSON listing the profile's sections (bilingual titles and
 * guidance), its loading and validation.
 */
package org.fieldbook.profile.template;
