package org.fieldbook.attachment;

/** A file attached to a note; the bytes live in the attachment store under {@code sha256}. */
public record Attachment(String id, String noteId, String sha256, String fileName, String mediaType, long size) {
    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
