package org.fieldbook.person;

import java.util.Optional;

/**
 * The workspace's attached files, by SHA-256, as erasure needs them: a text attachment that names an erased person is
 * written again without the name (a new file, a new hash) and the old file is removed once no record refers to it.
 * The wiring passes the attachment store; this package knows no other feature.
 */
public interface AttachmentFiles {
    /** The file's bytes, or empty when the file is not held here. */
    Optional<byte[]> read(String sha256);

    /** Stores the bytes and returns their SHA-256. */
    String write(byte[] bytes);

    /** Removes the file (nothing when it is not there). */
    void remove(String sha256);

    /** No files: attachment records (names) are still erased, contents are not read. */
    AttachmentFiles NONE = new AttachmentFiles() {
        @Override
        public Optional<byte[]> read(String sha256) {
            return Optional.empty();
        }

        @Override
        public String write(byte[] bytes) {
            throw new IllegalStateException("no attachment store");
        }

        @Override
        public void remove(String sha256) {
        }
    };
}
