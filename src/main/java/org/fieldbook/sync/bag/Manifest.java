package org.fieldbook.sync.bag;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.fieldbook.sync.BundleRejected;

/** A BagIt checksum manifest: SHA-256 hex per file path, written sorted by path. */
public final class Manifest {
    private final TreeMap<String, String> hashes = new TreeMap<>();

    public void put(String path, String sha256) {
        hashes.put(path, sha256);
    }

    public Map<String, String> entries() {
        return hashes;
    }

    public byte[] toBytes() {
        StringBuilder sb = new StringBuilder();
        hashes.forEach((path, hash) -> sb.append(hash).append("  ").append(encode(path)).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Manifest parse(String fileName, byte[] bytes) {
        Manifest m = new Manifest();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[ \t]+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw BundleRejected.coded("manifest.malformedLine", fileName + " has a malformed line: " + BagInfo.abbreviate(line),
                        fileName, BagInfo.abbreviate(line));
            }
            String path = decode(parts[1].strip());
            if (m.hashes.put(path, parts[0].toLowerCase(java.util.Locale.ROOT)) != null) {
                throw BundleRejected.coded("manifest.twice", fileName + " lists " + path + " twice", fileName, path);
            }
        }
        return m;
    }

    private static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r").replace("%25", "%");
    }
}
