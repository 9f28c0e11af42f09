/**
 * Export of a visit, or of everything changed since the last bundle to the same recipient, into a signed
 * (and, for a known recipient key, encrypted) bundle written to a temporary file and moved into place.
 */
package org.fieldbook.sync.exports;
