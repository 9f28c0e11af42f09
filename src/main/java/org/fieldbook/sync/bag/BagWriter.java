package org.fieldbook.sync.bag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bag as a ZIP: payload files first (hashed as they are written), then the tag files and the tag
 * manifest. Every name is NFC-normalised and sits under one top-level directory.
 */
public final class BagWriter implements AutoCloseable {
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, so equal bags give equal bytes

    private final ZipOutputStream zip;
    private final String root;
    private final Manifest manifest = new Manifest();
    private final Manifest tagManifest = new Manifest();
    private final byte[] buffer = new byte[1 << 16];
    private long payloadBytes;
    private long payloadFiles;

    public BagWriter(Path target, String root) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
        this.zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        this.root = nfc(root);
    }

    public void addPayload(String path, byte[] bytes, boolean deflate) throws IOException {
        String name = nfc(path);
        manifest.put(name, Hashing.sha256Hex(bytes));
        writeBytes(name, bytes, deflate);
        payloadBytes += bytes.length;
        payloadFiles++;
    }

    /** Adds a payload file from disk; stored files are read twice (CRC first, as ZIP requires), deflated ones once. */
    public void addPayload(String path, Path file, boolean deflate) throws IOException {
        String name = nfc(path);
        ZipEntry e = new ZipEntry(root + "/" + name);
        e.setTime(FIXED_TIME);
        MessageDigest sha = Hashing.sha256();
        if (!deflate) {
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
            e.setMethod(ZipEntry.STORED);
            e.setSize(size);
            e.setCompressedSize(size);
            e.setCrc(crc.getValue());
        } else {
            e.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(e);
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                size += n;
            }
        }
        zip.closeEntry();
        manifest.put(name, HexFormat.of().formatHex(sha.digest()));
        payloadBytes += size;
        payloadFiles++;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** {@code octets.streamcount} for bag-info's Payload-Oxum. */
    public String payloadOxum() {
        return payloadBytes + "." + payloadFiles;
    }

    public void addTagFile(String name, byte[] bytes) throws IOException {
        tagManifest.put(name, Hashing.sha256Hex(bytes));
        writeBytes(name, bytes, true);
    }

    /** Writes the tag manifest over every tag file added and closes the ZIP. */
    public void finish() throws IOException {
        writeBytes(BagLayout.TAG_MANIFEST, tagManifest.toBytes(), true);
        zip.close();
    }

    private void writeBytes(String name, byte[] bytes, boolean deflate) throws IOException {
        ZipEntry e = new ZipEntry(root + "/" + name);
        e.setTime(FIXED_TIME);
        if (!deflate) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
