package org.fieldbook.sync.bag;

import java.util.Set;

/** Names of the files in a Fieldbook bag, relative to its top-level directory. */
public final class BagLayout {
    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    public static final String SIGNATURE = "fieldbook-signature.txt";
    public static final String RECIPIENT = "fieldbook-recipient.txt";
    public static final String DATA = "data/";
    public static final String RECORDS = "data/records/";
    public static final String ATTACHMENTS = "data/attachments/";
    public static final String BAGIT_CONTENT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    /** Tag files a Fieldbook bag may contain; anything else is refused. */
    public static final Set<String> TAG_FILES = Set.of(BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST, SIGNATURE, RECIPIENT);

    private BagLayout() {
    }
}
