package io.nape.store.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Name the faults of the disk and of a SQLite data file for what they are, and hold what follows
 * from them.
 *
 * <p>Disk full: SQLite says {@code SQLITE_FULL}, or an I/O error ({@code SQLITE_IOERR_WRITE},
 * {@code _FSYNC}, {@code _SHMSIZE} and the like) comes while the file system of the data folder has
 * less than {@link #LOW_SPACE_BYTES} left for this user. An episode lasts from the first such failure
 * to the first success with that space back; only its first report is marked first, so that a server
 * logs it once and not once per request. The episode belongs to the process: the disk is the same
 * for every database in it.
 *
 * <p>Damage: SQLite says {@code SQLITE_CORRUPT} or {@code SQLITE_NOTADB}. From then on every use of
 * the database is refused with the same advice, so nothing is written after the damage is known.
 *
 * <p>Locked: SQLite says {@code SQLITE_BUSY} or {@code SQLITE_LOCKED} once its busy time-out has
 * passed, because another program holds the file; it passes when that program lets go.
 */
final class StorageFaults {
    /** Free space below which an I/O error of SQLite is taken to be a full disk. */
    static final long LOW_SPACE_BYTES = 1024 * 1024;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;
    private static final AtomicBoolean FULL_EPISODE = new AtomicBoolean();

    private final Path file;
    private @Nullable DamagedDatabaseException damage;

    StorageFaults(Path file) {
        this.file = file;
    }

    /** Refuse every use once the file was found damaged. */
    void refuseIfDamaged() {
        DamagedDatabaseException found;
        synchronized (this) {
            found = damage;
        }
        if (found != null) {
            throw found.again();
        }
    }

    synchronized boolean isDamaged() {
        return damage != null;
    }

    /** The failure named for what it is, or null when it is none of these faults. */
    @Nullable
    StorageException name(Throwable failure) {
        if (failure instanceof StorageException already) {
            return already;
        }
        if (isDamage(failure)) {
            return damaged();
        }
        if (isFull(failure, folder())) {
            return full(folder(), failure);
        }
        if (isLocked(failure)) {
            return new DatabaseLockedException(file, failure);
        }
        return null;
    }

    /** Note a use that worked: it ends a disk-full episode once the space is back. */
    void succeeded() {
        endFullEpisode(folder());
    }

    private synchronized DamagedDatabaseException damaged() {
        if (damage != null) {
            return damage.again();
        }
        DamagedDatabaseException found = DamageAdvice.foundWhileOpen(file);
        damage = found;
        return found;
    }

    private Path folder() {
        Path parent = file.getParent();
        return parent == null ? file : parent;
    }

    static StorageFullException full(Path folder, Throwable cause) {
        return new StorageFullException(folder, cause, FULL_EPISODE.compareAndSet(false, true));
    }

    static void endFullEpisode(Path folder) {
        if (FULL_EPISODE.get() && !lowOnSpace(folder)) {
            FULL_EPISODE.set(false);
        }
    }

    static boolean isDamage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql) {
                int primary = sql.getErrorCode() & 0xff;
                if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether another connection holds the file locked for longer than the busy time-out: SQLite
     * says {@code SQLITE_BUSY} or {@code SQLITE_LOCKED}.
     */
    static boolean isLocked(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql) {
                int primary = sql.getErrorCode() & 0xff;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the failure is the disk of {@code folder} running full. */
    static boolean isFull(Throwable failure, Path folder) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = String.valueOf(cause.getMessage()).toUpperCase(Locale.ROOT);
            if (message.contains("[SQLITE_FULL]") || message.contains("NO SPACE LEFT ON DEVICE")) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                int primary = sql.getErrorCode() & 0xff;
                if (primary == SQLITE_FULL) {
                    return true;
                }
                if ((primary == SQLITE_IOERR || message.contains("[SQLITE_IOERR")) && lowOnSpace(folder)) {
                    return true;
                }
            }
            if (cause instanceof IOException && lowOnSpace(folder)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file system of the folder (or of its nearest existing parent) is nearly full. */
    static boolean lowOnSpace(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException unknown) {
            return false;
        }
    }

    private static @Nullable Throwable next(Throwable failure) {
        Throwable cause = failure.getCause();
        return cause == failure ? null : cause;
    }
}
