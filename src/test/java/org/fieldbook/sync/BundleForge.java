package org.fieldbook.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.BagLayout;
import org.fieldbook.sync.bag.BagWriter;
import org.fieldbook.sync.bag.Manifest;
import org.fieldbook.sync.crypto.BundleSignature;

/** Builds hostile and broken bundles for tests: raw ZIP rewrites and correctly signed bags with bad content. */
final class BundleForge {
    private BundleForge() {
    }

    /** Entries of a ZIP by full name, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    static Map<String, byte[]> entriesUnchecked(Path zip) {
        try {
            return entries(zip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String root(Map<String, byte[]> entries) {
        String first = entries.keySet().iterator().next();
        return first.substring(0, first.indexOf('/'));
    }

    static void writeZip(Path out, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    /** Payload files (data/…) of a bundle, by bag-relative path. */
    static Map<String, byte[]> payload(Path bundle) throws IOException {
        Map<String, byte[]> all = entries(bundle);
        String root = root(all);
        Map<String, byte[]> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            String rel = k.substring(root.length() + 1);
            if (rel.startsWith("data/")) {
                out.put(rel, v);
            }
        });
        return out;
    }

    static BagInfo info(Path bundle) throws IOException {
        Map<String, byte[]> all = entries(bundle);
        return BagInfo.parse(all.get(root(all) + "/" + BagLayout.BAG_INFO));
    }

    /** A complete, correctly signed bag with the given payload and metadata (the manifest may be tampered with). */
    static Path signedBag(Path out, Map<String, byte[]> payload, BagInfo info, KeyPair key, Consumer<Manifest> tamper)
            throws IOException {
        try (BagWriter w = new BagWriter(out, "fieldbook-forged")) {
            for (var e : payload.entrySet()) {
                w.addPayload(e.getKey(), e.getValue(), true);
            }
            tamper.accept(w.manifest());
            Map<String, byte[]> signed = new LinkedHashMap<>();
            signed.put(BagLayout.BAGIT, BagLayout.BAGIT_CONTENT.getBytes(StandardCharsets.UTF_8));
            signed.put(BagLayout.BAG_INFO, info.toBytes());
            signed.put(BagLayout.MANIFEST, w.manifest().toBytes());
            for (var e : signed.entrySet()) {
                w.addTagFile(e.getKey(), e.getValue());
            }
            w.addTagFile(BagLayout.SIGNATURE, BundleSignature.sign(key, signed));
            w.finish();
        }
        return out;
    }


    /** Replaces every occurrence of {@code from} by {@code to} (same length) in a file's bytes. */
    static void patch(Path file, String from, String to) throws IOException {
        byte[] b = Files.readAllBytes(file);
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + f.length <= b.length; i++) {
            boolean hit = true;
            for (int j = 0; j < f.length && hit; j++) {
                hit = b[i + j] == f[j];
            }
            if (hit) {
                System.arraycopy(t, 0, b, i, t.length);
            }
        }
        Files.write(file, b);
    }

    /** Marks the named entry as a Unix symbolic link in the ZIP central directory. */
    static void markAsLink(Path file, String entryName) throws IOException {
        byte[] b = Files.readAllBytes(file);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < b.length; i++) {
            if (b[i] == 0x50 && b[i + 1] == 0x4b && b[i + 2] == 1 && b[i + 3] == 2) {
                int len = (b[i + 28] & 0xFF) | (b[i + 29] & 0xFF) << 8;
                if (len == name.length && new String(b, i + 46, len, StandardCharsets.UTF_8).equals(entryName)) {
                    b[i + 5] = 3; // made by Unix
                    int mode = 0120777;
                    long ext = ((long) mode) << 16;
                    b[i + 38] = (byte) ext;
                    b[i + 39] = (byte) (ext >> 8);
                    b[i + 40] = (byte) (ext >> 16);
                    b[i + 41] = (byte) (ext >> 24);
                }
            }
        }
        Files.write(file, b);
    }

    static byte[] zeros(int n) {
        return new byte[n];
    }

}
