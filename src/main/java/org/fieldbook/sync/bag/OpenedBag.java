package org.fieldbook.sync.bag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.fieldbook.sync.BundleRejected;

/**
 * A bag whose structure and checksums have been verified ({@link BagReader#open}); gives the files' bytes.
 * Close it to release the file.
 */
public final class OpenedBag implements AutoCloseable {
    private final ZipFile zip;
    private final String root;
    private final Map<String, ZipDirectory.Entry> files;
    private final Map<String, byte[]> tagFiles;
    private final BagInfo info;
    private final Manifest manifest;

    OpenedBag(ZipFile zip, String root, Map<String, ZipDirectory.Entry> files, Map<String, byte[]> tagFiles, BagInfo info,
              Manifest manifest) {
        this.zip = zip;
        this.root = root;
        this.files = files;
        this.tagFiles = tagFiles;
        this.info = info;
        this.manifest = manifest;
    }

    public BagInfo info() {
        return info;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Tag file bytes by name (bagit.txt, bag-info.txt, the signature…). */
    public Map<String, byte[]> tagFiles() {
        return Collections.unmodifiableMap(tagFiles);
    }

    /** Payload paths (data/…) in manifest order. */
    public List<String> payloadPaths() {
        return List.copyOf(manifest.entries().keySet());
    }

    public long size(String path) {
        ZipDirectory.Entry e = files.get(path);
        return e == null ? -1 : e.size();
    }

    public byte[] read(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw BundleRejected.coded(e, "entry.damaged", "damaged entry " + path + ": " + e.getMessage(), path, e.getMessage());
        }
    }

    /** A stream over one file that refuses to give more bytes than the directory declared. */
    public InputStream open(String path) {
        ZipDirectory.Entry declared = files.get(path);
        if (declared == null) {
            throw BundleRejected.coded("bag.missingFile", "missing file in the bag: " + path, path);
        }
        try {
            ZipEntry e = zip.getEntry(root + "/" + path);
            if (e == null) {
                throw BundleRejected.coded("bag.missingFile", "missing file in the bag: " + path, path);
            }
            return new LimitedInputStream(zip.getInputStream(e), declared.size(), path);
        } catch (ZipException e) {
            throw BundleRejected.coded(e, "entry.damaged", "damaged entry " + path + ": " + e.getMessage(), path, e.getMessage());
        } catch (IOException e) {
            throw BundleRejected.coded(e, "file.cannotRead", "cannot read " + path + ": " + e.getMessage(), path, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
