package io.nape.app;

import io.nape.store.catalogue.CatalogueLoad;
import io.nape.store.catalogue.CatalogueLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Load the catalogue on a second thread while the command line is still being read, for the
 * commands that will need it; {@link Wiring#catalogue()} then takes the result instead of loading
 * again. A load is kept for one run only ({@link #forget()}), so a later run never sees files as
 * they were before.
 */
final class CatalogueLoading {
    private static final Map<Path, FutureTask<CatalogueLoad>> STARTED = new HashMap<>();

    private CatalogueLoading() {}

    static void startInBackground(Path userFolder) {
        FutureTask<CatalogueLoad> load = new FutureTask<>(() -> new CatalogueLoader().load(userFolder));
        synchronized (STARTED) {
            STARTED.put(userFolder, load);
        }
        Thread thread = new Thread(load, "nape-catalogue");
        thread.setDaemon(true);
        thread.start();
    }

    /** The load started for this folder, once it is done; empty when none was started. */
    static Optional<CatalogueLoad> take(Path userFolder) {
        FutureTask<CatalogueLoad> load;
        synchronized (STARTED) {
            load = STARTED.remove(userFolder);
        }
        if (load == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(load.get());
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static void forget() {
        synchronized (STARTED) {
            STARTED.clear();
        }
    }
}
