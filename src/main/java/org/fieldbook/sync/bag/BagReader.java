package org.fieldbook.sync.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.Progress;

/**
 * Opens a bundle and checks, before any content is trusted: the ZIP directory (entry count, sizes, compression
 * ratio, names, links, duplicates, one top-level folder), the BagIt declaration, the tag manifest and every
 * payload file's SHA-256 against the manifest (nothing missing, nothing extra).
 */
public final class BagReader {
    private static final long MAX_TAG_FILE = 1L << 20;

    private BagReader() {
    }

    /** Where to keep a copy of a plain attachment while it is hashed (so it is read once), or null for none. */
    @FunctionalInterface
    public interface Stager {
        Path target(String payloadPath) throws IOException;
    }

    public static OpenedBag open(Path file, ZipLimits limits, Progress progress) {
        return open(file, limits, progress, null);
    }

    public static OpenedBag open(Path file, ZipLimits limits, Progress progress, Stager stager) {
        List<ZipDirectory.Entry> entries = ZipDirectory.read(file, limits);
        String root = checkEntries(entries, limits);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw BundleRejected.coded(e, "bundle.unreadable", "not a readable bundle (damaged or truncated ZIP): " + e.getMessage(),
                    e.getMessage());
        } catch (IOException e) {
            throw BundleRejected.coded(e, "bundle.cannotOpen", "cannot open the bundle: " + e.getMessage(), e.getMessage());
        }
        try {
            return verify(zip, root, entries, progress, stager);
        } catch (RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e;
        }
    }

    private static String checkEntries(List<ZipDirectory.Entry> entries, ZipLimits limits) {
        Set<String> seen = new HashSet<>();
        String root = null;
        long total = 0;
        for (ZipDirectory.Entry e : entries) {
            EntryNames.check(e.name());
            if (e.isLink()) {
                throw BundleRejected.coded("entry.link", "link entry in the bundle (links are refused): " + e.name(), e.name());
            }
            if ((e.flags() & 1) != 0) {
                throw BundleRejected.coded("entry.password", "password-encrypted ZIP entry: " + e.name(), e.name());
            }
            if (e.method() != 0 && e.method() != 8) {
                throw BundleRejected.coded("entry.compression", "unsupported compression method " + e.method() + " for " + e.name(),
                        e.method(), e.name());
            }
            if (!seen.add(e.name()) || (e.isDirectory() && seen.contains(e.name().substring(0, e.name().length() - 1)))) {
                throw BundleRejected.coded("entry.duplicate", "duplicate entry in the bundle: " + e.name(), e.name());
            }
            if (e.size() > limits.maxEntryBytes()) {
                throw BundleRejected.coded("entry.tooLarge", "entry too large: " + e.name() + " (" + e.size() + " bytes)",
                        e.name(), e.size());
            }
            if (e.size() > limits.ratioFloorBytes()
                    && (e.compressedSize() == 0 || e.size() / Math.max(1, e.compressedSize()) > limits.maxRatio())) {
                throw BundleRejected.coded("entry.ratio", "compression ratio too high for " + e.name() + " (possible zip bomb)",
                        e.name());
            }
            total += e.size();
            if (total > limits.maxTotalBytes()) {
                throw BundleRejected.coded("bundle.expandsTooMuch", "the bundle expands to more than " + limits.maxTotalBytes() + " bytes (possible zip bomb)",
                        limits.maxTotalBytes());
            }
            int slash = e.name().indexOf('/');
            if (slash < 0) {
                throw BundleRejected.coded("entry.outsideFolder", "file outside the bag's top-level folder: " + e.name(),
                        e.name());
            }
            String top = e.name().substring(0, slash);
            if (root == null) {
                root = top;
            } else if (!root.equals(top)) {
                throw BundleRejected.coded("bundle.twoFolders", "more than one top-level folder in the bundle: " + root + ", " + top,
                        root, top);
            }
        }
        if (root == null) {
            throw BundleRejected.coded("bundle.empty", "the bundle is empty");
        }
        return root;
    }

    private static OpenedBag verify(ZipFile zip, String root, List<ZipDirectory.Entry> entries, Progress progress, Stager stager) {
        Map<String, ZipDirectory.Entry> files = new LinkedHashMap<>();
        for (ZipDirectory.Entry e : entries) {
            if (!e.isDirectory()) {
                files.put(e.name().substring(root.length() + 1), e);
            }
        }
        Map<String, byte[]> tags = new LinkedHashMap<>();
        Set<String> payload = new TreeSet<>();
        for (var f : files.entrySet()) {
            String path = f.getKey();
            if (path.startsWith(BagLayout.DATA)) {
                payload.add(path);
            } else if (!BagLayout.TAG_FILES.contains(path)) {
                throw BundleRejected.coded("bag.unexpectedFile", "unexpected file in the bag: " + path, path);
            } else {
                if (f.getValue().size() > MAX_TAG_FILE) {
                    throw BundleRejected.coded("bag.tagFileTooLarge", "tag file too large: " + path, path);
                }
                tags.put(path, null);
            }
        }
        OpenedBag bag = new OpenedBag(zip, root, files, tags, new BagInfo(), new Manifest());
        for (String name : List.copyOf(tags.keySet())) {
            tags.put(name, bag.read(name));
        }
        for (String required : List.of(BagLayout.BAGIT, BagLayout.BAG_INFO, BagLayout.MANIFEST, BagLayout.TAG_MANIFEST)) {
            if (!tags.containsKey(required)) {
                throw BundleRejected.coded("bag.notFieldbook", "not a Fieldbook bag: " + required + " is missing", required);
            }
        }
        String bagit = new String(tags.get(BagLayout.BAGIT), StandardCharsets.UTF_8);
        if (!bagit.contains("BagIt-Version: 1.0") || !bagit.contains("Tag-File-Character-Encoding: UTF-8")) {
            throw BundleRejected.coded("bag.notBagIt", "bagit.txt does not declare BagIt 1.0 in UTF-8");
        }
        Manifest tagManifest = Manifest.parse(BagLayout.TAG_MANIFEST, tags.get(BagLayout.TAG_MANIFEST));
        for (String name : tags.keySet()) {
            if (name.equals(BagLayout.TAG_MANIFEST)) {
                continue;
            }
            String listed = tagManifest.entries().get(name);
            if (listed == null) {
                throw BundleRejected.coded("bag.tagNotListed", "tag file not in the tag manifest: " + name, name);
            }
            if (!listed.equals(Hashing.sha256Hex(tags.get(name)))) {
                throw BundleRejected.coded("bag.hashMismatch", "hash mismatch for " + name + " (the file was changed or damaged)",
                        name);
            }
        }
        for (String listed : tagManifest.entries().keySet()) {
            if (!tags.containsKey(listed)) {
                throw BundleRejected.coded("bag.tagMissing", "missing tag file listed in the tag manifest: " + listed, listed);
            }
        }
        Manifest manifest = Manifest.parse(BagLayout.MANIFEST, tags.get(BagLayout.MANIFEST));
        for (String path : payload) {
            if (!manifest.entries().containsKey(path)) {
                throw BundleRejected.coded("bag.extraPayload", "extra payload file not in the manifest: " + path, path);
            }
        }
        for (String path : manifest.entries().keySet()) {
            if (!payload.contains(path)) {
                throw BundleRejected.coded("bag.missingPayload", "missing payload file listed in the manifest: " + path, path);
            }
        }
        long done = 0;
        boolean plain = !tags.containsKey(BagLayout.RECIPIENT);
        try (StagedFileSync sync = new StagedFileSync()) {
            for (String path : payload) {
                Path copy = null;
                if (stager != null && plain && path.startsWith(BagLayout.ATTACHMENTS)) {
                    try {
                        copy = stager.target(path);
                    } catch (IOException e) {
                        throw BundleRejected.coded(e, "bag.cannotStage", "cannot stage " + path + ": " + e.getMessage(),
                                path, e.getMessage());
                    }
                }
                String actual = hash(bag, path, copy, sync);
                if (!actual.equals(manifest.entries().get(path))) {
                    throw BundleRejected.coded("bag.hashMismatch", "hash mismatch for " + path + " (the file was changed or damaged)",
                            path);
                }
                progress.update("verify", ++done, payload.size());
            }
            // Every staged copy is on disk before the bag is handed out (and so before anything refers to it).
            sync.awaitAll();
        }
        return new OpenedBag(zip, root, files, tags, BagInfo.parse(tags.get(BagLayout.BAG_INFO)), manifest);
    }

    /** Hashes one payload file; with {@code copy}, also writes it there and hands the copy to {@code sync} to be flushed. */
    private static String hash(OpenedBag bag, String path, Path copy, StagedFileSync sync) {
        MessageDigest sha = Hashing.sha256();
        byte[] buf = new byte[1 << 16];
        java.nio.channels.FileChannel out = null;
        try (InputStream in = bag.open(path)) {
            out = copy == null ? null : java.nio.channels.FileChannel.open(copy, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            for (int n; (n = in.read(buf)) > 0;) {
                sha.update(buf, 0, n);
                if (out != null) {
                    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf, 0, n);
                    while (bb.hasRemaining()) {
                        out.write(bb);
                    }
                }
            }
            if (out != null) {
                sync.submit(out, path);
                out = null;
            }
        } catch (IOException e) {
            throw BundleRejected.coded(e, "entry.damaged", "damaged entry " + path + ": " + e.getMessage(), path, e.getMessage());
        } finally {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Reads only bag-info.txt (after the ZIP directory checks), to recognise a bundle already imported without
     * hashing its payload; returns null when that is not possible (full validation will say why).
     */
    public static BagInfo peekInfo(Path file, ZipLimits limits) {
        try {
            List<ZipDirectory.Entry> entries = ZipDirectory.read(file, limits);
            String root = checkEntries(entries, limits);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                var e = zip.getEntry(root + "/" + BagLayout.BAG_INFO);
                if (e == null || e.getSize() > MAX_TAG_FILE) {
                    return null;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    return BagInfo.parse(in.readNBytes((int) MAX_TAG_FILE));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
