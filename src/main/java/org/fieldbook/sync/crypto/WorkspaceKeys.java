package org.fieldbook.sync.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.fieldbook.sync.SyncException;

/**
 * The workspace's own key pairs, kept in its {@code keys/} folder: Ed25519 to sign bundles, X25519 to receive
 * encrypted ones. Created on first use; private key files are readable by the owner only.
 */
public final class WorkspaceKeys {
    private final Path folder;
    private KeyPair signing;
    private KeyPair agreement;

    public WorkspaceKeys(Path folder) {
        this.folder = folder;
    }

    public synchronized KeyPair signing() {
        if (signing == null) {
            signing = load(KeyCodec.SIGNING, "signing");
        }
        return signing;
    }

    public synchronized KeyPair agreement() {
        if (agreement == null) {
            agreement = load(KeyCodec.AGREEMENT, "agreement");
        }
        return agreement;
    }

    public String fingerprint() {
        return Fingerprints.of(signing().getPublic());
    }

    public PublicKeyCard card(String label) {
        return new PublicKeyCard(label, KeyCodec.encode(signing().getPublic()), KeyCodec.encode(agreement().getPublic()));
    }

    private KeyPair load(String algorithm, String name) {
        Path priv = folder.resolve(name + ".key");
        Path pub = folder.resolve(name + ".pub");
        try {
            if (Files.exists(priv) && Files.exists(pub)) {
                PrivateKey p = KeyCodec.privateKey(algorithm, Files.readString(priv));
                PublicKey q = KeyCodec.publicKey(algorithm, Files.readString(pub));
                return new KeyPair(q, p);
            }
            KeyPair pair = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
            Files.createDirectories(folder);
            writePrivate(priv, KeyCodec.encode(pair.getPrivate()));
            Files.writeString(pub, KeyCodec.encode(pair.getPublic()) + "\n");
            return pair;
        } catch (IOException | GeneralSecurityException e) {
            throw SyncException.coded(e, "key.workspaceKeys", "cannot read or create the workspace keys in " + folder + ": " + e.getMessage(),
                    folder, e.getMessage());
        }
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
            tmp.toFile().setReadable(false, false);
            tmp.toFile().setReadable(true, true);
        }
        Files.write(tmp, (text + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
