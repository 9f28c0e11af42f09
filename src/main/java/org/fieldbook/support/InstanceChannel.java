package org.fieldbook.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Lets a second launch hand its request to the Fieldbook window that already holds the workspace (double-clicking a
 * bundle while Fieldbook is open, or {@code fieldbook import} from a terminal). The window listens on a loopback port
 * written, with a random token, to {@code fieldbook.instance} in the workspace folder (owner-only where the file
 * system allows); a request is one line, {@code TOKEN VERB ARGUMENT}, answered {@code ok}. Verbs: {@code open PATH}
 * (show the import preview of a bundle) and {@code show} (bring the window forward).
 *
 * <p>A workspace folder has one window (it is locked), so its file is {@code fieldbook.instance}. The office database
 * on PostgreSQL is not locked and its program folder (keys, logs) may be a workspace folder too: the channel of a
 * window on a database is a file of its own in that folder, named after the database's address
 * ({@code fieldbook-HASH.instance}), so a launch for that database finds that window and no other.
 */
public final class InstanceChannel implements AutoCloseable {
    static final String FILE = "fieldbook.instance";
    private static final int TIMEOUT_MS = 3000;

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Consumer<String> onRequest;

    private InstanceChannel(ServerSocket server, Path file, String token, Consumer<String> onRequest) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.onRequest = onRequest;
    }

    /** Starts listening for the workspace in {@code folder}; {@code onRequest} gets "open PATH" or "show". */
    public static InstanceChannel listen(Path folder, Consumer<String> onRequest) throws IOException {
        return listen(folder, null, onRequest);
    }

    /**
     * Starts listening for the workspace {@code workspace} (a database's address; null: the workspace in {@code folder}
     * itself), the channel file written in {@code folder}; {@code onRequest} gets "open PATH" or "show".
     */
    public static InstanceChannel listen(Path folder, String workspace, Consumer<String> onRequest) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = folder.resolve(fileName(workspace));
        Path tmp = folder.resolve(fileName(workspace) + ".tmp");
        Files.writeString(tmp, server.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): the user's own folder protects it
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        InstanceChannel ch = new InstanceChannel(server, file, token, onRequest);
        Thread t = new Thread(ch::serve, "fieldbook-instance");
        t.setDaemon(true);
        t.start();
        return ch;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                if (line != null && line.length() < 10_000 && line.startsWith(token + " ")) {
                    onRequest.accept(line.substring(token.length() + 1));
                    out.write("ok\n");
                } else {
                    out.write("refused\n");
                }
                out.flush();
            } catch (IOException e) {
                // a closed server ends the loop; a broken client connection is ignored
            }
        }
    }

    /**
     * Hands {@code request} ("open PATH" or "show") to the window holding the workspace in {@code folder}; true when
     * the window took it, false when there is no such window (or it did not answer).
     */
    public static boolean handOver(Path folder, String request) {
        return handOver(folder, null, request);
    }

    /**
     * Hands {@code request} to the window on the workspace {@code workspace} (a database's address; null: the workspace
     * in {@code folder}) whose channel file is in {@code folder}; true when the window took it.
     */
    public static boolean handOver(Path folder, String workspace, String request) {
        Path file = folder.resolve(fileName(workspace));
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
            if (parts.length != 2) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write(parts[1] + " " + request.replace('\n', ' ') + "\n");
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                return "ok".equals(answer);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The channel file's name for {@code workspace} (null: the folder's own workspace). */
    static String fileName(String workspace) {
        if (workspace == null) {
            return FILE;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(workspace.getBytes(StandardCharsets.UTF_8));
            return "fieldbook-" + HexFormat.of().formatHex(hash, 0, 8) + ".instance";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file is harmless: its port no longer answers with the token
        }
    }
}
