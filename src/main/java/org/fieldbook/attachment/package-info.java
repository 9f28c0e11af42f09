/**
 * Files attached to notes (photos, PDFs, documents): stored once by SHA-256 under the workspace's
 * attachments folder, with a tracked record per attachment; store code and the preview views.
 */
package org.fieldbook.attachment;
