package org.fieldbook.sync.bag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.sync.BundleRejected;

/**
 * Reads a ZIP file's central directory directly, so that what the JDK's ZipFile does not show (external
 * attributes marking links, duplicate names, encryption flags, declared sizes) can be checked first.
 */
public final class ZipDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int CEN = 0x02014b50;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private ZipDirectory() {
    }

    /** One central-directory entry. */
    public record Entry(String name, int method, long compressedSize, long size, int hostSystem, long externalAttributes,
                        int flags) {
        public boolean isDirectory() {
            return name.endsWith("/");
        }

        public boolean isLink() {
            long mode = (externalAttributes >>> 16) & 0xFFFF;
            return (mode & S_IFMT) == S_IFLNK;
        }
    }

    public static List<Entry> read(Path file, ZipLimits limits) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 22) {
                throw BundleRejected.coded("bundle.truncated", "not a complete bundle: the file is empty or truncated");
            }
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw BundleRejected.coded("bundle.noDirectory",
                        "not a complete bundle: the ZIP directory is missing (file truncated or not a ZIP)");
            }
            int count = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cenSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cenOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (count == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
                throw BundleRejected.coded("bundle.zip64", "ZIP64 archives are not accepted as bundles");
            }
            if (count > limits.maxEntries()) {
                throw BundleRejected.coded("bundle.tooManyEntries",
                        "too many entries in the bundle (" + count + ", limit " + limits.maxEntries() + ")",
                        count, limits.maxEntries());
            }
            if (cenOffset + cenSize > size - (tail - eocd) || cenSize > 64L << 20) {
                throw BundleRejected.coded("bundle.directoryOutside",
                        "not a complete bundle: the ZIP directory points outside the file (truncated or damaged)");
            }
            ByteBuffer cen = ByteBuffer.allocate((int) cenSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(cen, cenOffset);
            return entries(cen, count, size);
        } catch (IOException e) {
            throw BundleRejected.coded(e, "bundle.cannotRead", "cannot read the bundle: " + e.getMessage(), e.getMessage());
        }
    }

    private static List<Entry> entries(ByteBuffer cen, int count, long fileSize) {
        List<Entry> out = new ArrayList<>(count);
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > cen.limit() || cen.getInt(p) != CEN) {
                throw BundleRejected.coded("bundle.damagedDirectory", "damaged ZIP directory (entry " + (i + 1) + ")", (i + 1));
            }
            int madeBy = Short.toUnsignedInt(cen.getShort(p + 4));
            int flags = Short.toUnsignedInt(cen.getShort(p + 8));
            int method = Short.toUnsignedInt(cen.getShort(p + 10));
            long csize = Integer.toUnsignedLong(cen.getInt(p + 20));
            long usize = Integer.toUnsignedLong(cen.getInt(p + 24));
            int nameLen = Short.toUnsignedInt(cen.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(cen.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(cen.getShort(p + 32));
            long ext = Integer.toUnsignedLong(cen.getInt(p + 38));
            long local = Integer.toUnsignedLong(cen.getInt(p + 42));
            if (p + 46 + nameLen > cen.limit() || local >= fileSize) {
                throw BundleRejected.coded("bundle.damagedDirectory", "damaged ZIP directory (entry " + (i + 1) + ")", (i + 1));
            }
            byte[] name = new byte[nameLen];
            cen.get(p + 46, name);
            out.add(new Entry(new String(name, StandardCharsets.UTF_8), method, csize, usize, madeBy >>> 8, ext, flags));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }
}
