package org.fieldbook.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.fieldbook.app.Services;
import org.fieldbook.store.Dialect;
import org.fieldbook.store.PgLocation;
import org.fieldbook.support.InstanceChannel;

/**
 * A second launch of Fieldbook (a double-clicked bundle, the program started again) on a workspace a window already
 * shows hands its request to that window instead of opening another one (decision record 0008).
 *
 * <p>The window's side: it listens ({@link InstanceChannel}) for the workspace it shows and follows it when File ▸ Open
 * workspace… replaces it; the channel file is in the workspace folder, or, on the office database, in this program's
 * own folder beside it, named after the database's address.
 *
 * <p>The launch's side: a workspace folder is locked by its window, so a launch learns it is open when opening fails
 * (see {@link FieldbookApp}); the office database is never locked, so a launch for a database first asks the window
 * on it ({@link #handedOver}) and opens its own window only when none answers.
 */
final class SecondLaunches implements AutoCloseable {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SecondLaunches.class.getName());

    private final Consumer<String> onRequest;
    private Services listening;
    private InstanceChannel channel;

    /** {@code onRequest} gets "open PATH" or "show" on the channel's thread. */
    SecondLaunches(Consumer<String> onRequest) {
        this.onRequest = onRequest;
    }

    /** Listens for the workspace of {@code services}, instead of the one listened for until now (if another). */
    synchronized void follow(Services services) {
        if (services == listening) {
            return;
        }
        stop();
        listening = services;
        try {
            channel = InstanceChannel.listen(services.store().workspace().folder(), workspace(services), onRequest);
        } catch (IOException | RuntimeException e) {
            LOG.warning("a second launch cannot hand bundles to this window: " + e.getMessage());
        }
    }

    /** The workspace a channel is for: the office database's address, or null for the folder's own workspace. */
    static String workspace(Services services) {
        return services.store().db().dialect() == Dialect.POSTGRESQL ? services.store().db().url() : null;
    }

    /** What a launch asks the window: the import preview of its bundle, or only to come forward. */
    static String request(Path bundle) {
        return bundle == null ? "show" : "open " + bundle.toAbsolutePath();
    }

    /**
     * For a launch on the office database: true when a window of this program on the same database (same address,
     * same own folder) took the launch's request, so the launch has nothing more to do. False for a workspace folder
     * (its lock tells), for an address that does not read (opening says why) and when no window answers.
     */
    static boolean handedOver(FieldbookApp.Launch launch) {
        if (launch.database() == null) {
            return false;
        }
        String address;
        try {
            address = PgLocation.parse(launch.database()).toString();
        } catch (RuntimeException e) {
            return false;
        }
        return InstanceChannel.handOver(launch.folder(), address, request(launch.bundle()));
    }

    private void stop() {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        listening = null;
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
