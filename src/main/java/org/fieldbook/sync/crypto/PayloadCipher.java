package org.fieldbook.sync.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fieldbook.sync.BundleRejected;

/**
 * AES-256-GCM over each payload file: {@code nonce(12) || ciphertext || tag(16)}, with the file's path as
 * associated data so files cannot be swapped. One fresh random key per bundle.
 */
public final class PayloadCipher {
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    public PayloadCipher(SecretKey key) {
        this.key = key;
    }

    public static PayloadCipher fresh() {
        try {
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256, RANDOM);
            return new PayloadCipher(g.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PayloadCipher of(byte[] rawKey) {
        return new PayloadCipher(new SecretKeySpec(rawKey, "AES"));
    }

    public byte[] rawKey() {
        return key.getEncoded();
    }

    public byte[] encrypt(String path, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, path);
            byte[] out = new byte[NONCE + c.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            c.doFinal(plain, 0, plain.length, out, NONCE);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts a file into {@code target}, streaming. */
    public void encrypt(String path, Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(target)) {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, path);
            out.write(nonce);
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                byte[] chunk = c.update(buf, 0, n);
                if (chunk != null) {
                    out.write(chunk);
                }
            }
            out.write(c.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] decrypt(String path, byte[] sealed) {
        if (sealed.length < NONCE + 16) {
            throw BundleRejected.coded("crypto.tooShort", "encrypted file too short: " + path, path);
        }
        try {
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE);
            return cipher(Cipher.DECRYPT_MODE, nonce, path).doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw BundleRejected.coded("crypto.cannotDecrypt", "cannot decrypt " + path + ": wrong key or damaged file", path);
        } catch (GeneralSecurityException e) {
            throw BundleRejected.coded(e, "crypto.cannotDecryptBecause", "cannot decrypt " + path + ": " + e.getMessage(),
                    path, e.getMessage());
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String path) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(128, nonce));
        c.updateAAD(path.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
