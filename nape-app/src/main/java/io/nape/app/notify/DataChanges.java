package io.nape.app.notify;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tell when the database file changes, by any process: {@code nape settings set} in another
 * terminal, the Settings page, an import. The operating system signals the change (inotify on
 * Linux), so the watching thread sleeps until then and never wakes on its own.
 */
public final class DataChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataChanges.class);

    /** When, after a change of the file, the data version is looked at until a commit shows: 1.5 s in all. */
    static final List<Duration> SETTLE =
            List.of(Duration.ofMillis(50), Duration.ofMillis(150), Duration.ofMillis(300), Duration.ofMillis(1000));

    private final WatchService watcher;
    private final Thread thread;

    private DataChanges(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Call {@code changed} after each change to {@code databaseFile} or its write-ahead log (the SQLite
     * {@code -wal} beside it) that {@code committed} confirms, such as by a new data version: reading
     * touches the files too, and a wake for each read would feed itself. Empty when the folder cannot
     * be watched, in which case changes are noticed at the loop's next wake as before.
     */
    public static Optional<DataChanges> watch(Path databaseFile, BooleanSupplier committed, Runnable changed) {
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
            Thread thread = new Thread(() -> run(watcher, folder, name, committed, changed), "nape-data-changes");
            thread.setDaemon(true);
            thread.start();
            return Optional.of(new DataChanges(watcher, thread));
        } catch (IOException | UnsupportedOperationException failure) {
            LOG.debug("Cannot watch the data folder: {}", failure.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * A check that says yes once for each new value of {@code version} (a data version); an unknown
     * version always says yes, so nothing is missed where the store cannot tell.
     */
    public static BooleanSupplier newVersion(Supplier<OptionalLong> version) {
        AtomicReference<OptionalLong> seen = new AtomicReference<>(version.get());
        return () -> {
            OptionalLong now = version.get();
            return now.isEmpty() || !now.equals(seen.getAndSet(now));
        };
    }

    private static void run(
            WatchService watcher, Path folder, String name, BooleanSupplier committed, Runnable changed) {
        FileStamps files = new FileStamps(folder.resolve(name), folder.resolve(name + "-wal"));
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean ours = ours(key, name);
                if (!key.reset()) {
                    return;
                }
                // Opening a connection touches the files without changing them: only a new size or
                // time of the database or its log is worth a look.
                if (!ours || !files.changed()) {
                    continue;
                }
                // The file changes before the commit shows in the data version, and a writer may go on
                // a while: look a few times, a little later each, and wake the loop at the first commit.
                for (Duration wait : SETTLE) {
                    Thread.sleep(wait.toMillis());
                    for (WatchKey more = watcher.poll(); more != null; more = watcher.poll()) {
                        ours(more, name);
                        more.reset();
                    }
                    if (committed.getAsBoolean()) {
                        changed.run();
                        break;
                    }
                    if (!files.changed()) {
                        break; // nothing more was written, so no commit is on its way
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException closed) {
            // stopped
        }
    }

    /**
     * Whether the key's events touch the database or its write-ahead log, which change when data is
     * committed; the shared-memory file and the lock change when a connection merely opens.
     */
    private static boolean ours(WatchKey key, String name) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || (event.context() instanceof Path file
                            && (file.getFileName().toString().equals(name)
                                    || file.getFileName().toString().equals(name + "-wal")))) {
                ours = true;
            }
        }
        return ours;
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

    /** The sizes and modification times of some files, to tell a real change from a touch. */
    private static final class FileStamps {
        private final List<Path> files;
        private List<String> last;

        FileStamps(Path... files) {
            this.files = List.of(files);
            this.last = stamps();
        }

        /** Whether any file's size or time differs from the last look. */
        boolean changed() {
            List<String> now = stamps();
            boolean changed = !now.equals(last);
            last = now;
            return changed;
        }

        private List<String> stamps() {
            return files.stream()
                    .map(file -> {
                        try {
                            return Files.size(file) + "@"
                                    + Files.getLastModifiedTime(file).toMillis();
                        } catch (IOException absent) {
                            return "absent";
                        }
                    })
                    .toList();
        }
    }
}
