package io.nape.app.notify;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tell when the database file changes, by any process: {@code nape settings set} in another
 * terminal, the Settings page, an import. The operating system signals the change (inotify on
 * Linux), so the watching thread sleeps until then and never wakes on its own.
 */
public final class DataChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataChanges.class);

    private final WatchService watcher;
    private final Thread thread;

    private DataChanges(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Call {@code changed} after each change to {@code databaseFile} or its journal files (the
     * SQLite {@code -wal} and {@code -shm} beside it); empty when the folder cannot be watched, in
     * which case changes are noticed at the loop's next wake as before.
     */
    public static Optional<DataChanges> watch(Path databaseFile, Runnable changed) {
        Path folder = databaseFile.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        String name = databaseFile.getFileName().toString();
        try {
            WatchService watcher = FileSystems.getDefault().newWatchService();
            folder.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            Thread thread = new Thread(() -> run(watcher, name, changed), "nape-data-changes");
            thread.setDaemon(true);
            thread.start();
            return Optional.of(new DataChanges(watcher, thread));
        } catch (IOException | UnsupportedOperationException failure) {
            LOG.debug("Cannot watch the data folder: {}", failure.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static void run(WatchService watcher, String name, Runnable changed) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW
                            || (event.context() instanceof Path file
                                    && file.getFileName().toString().startsWith(name))) {
                        ours = true;
                    }
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException closed) {
            // stopped
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException failure) {
            LOG.debug(
                    "Closing the data folder watch failed: {}",
                    failure.getClass().getSimpleName());
        }
        thread.interrupt();
    }
}
