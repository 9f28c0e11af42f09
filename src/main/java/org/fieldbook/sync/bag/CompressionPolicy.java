package org.fieldbook.sync.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decides whether a file is already compressed (JPEG, PNG, PDF, ZIP/DOCX, GZIP…) and is stored, not deflated. */
public final class CompressionPolicy {
    private CompressionPolicy() {
    }

    public static boolean alreadyCompressed(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        return alreadyCompressed(head, n);
    }

    public static boolean alreadyCompressed(byte[] head, int n) {
        if (n < 4) {
            return false;
        }
        int b0 = head[0] & 0xFF;
        int b1 = head[1] & 0xFF;
        int b2 = head[2] & 0xFF;
        int b3 = head[3] & 0xFF;
        return (b0 == 0xFF && b1 == 0xD8 && b2 == 0xFF)                         // JPEG
                || (b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G')           // PNG
                || (b0 == '%' && b1 == 'P' && b2 == 'D' && b3 == 'F')            // PDF (mostly compressed streams)
                || (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4)                // ZIP, DOCX, XLSX, ODT
                || (b0 == 0x1F && b1 == 0x8B)                                    // GZIP
                || (b0 == 'G' && b1 == 'I' && b2 == 'F')                         // GIF
                || (b0 == 'R' && b1 == 'I' && b2 == 'F' && b3 == 'F')            // WEBP, WAV
                || (n >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'); // MP4, HEIC, M4A
    }
}
