package io.nape.store.persistence;

/**
 * Say that the SQLite data file failed its integrity check or was found damaged while in use, where
 * it was kept, and how to restore a backup or start empty.
 */
public final class DamagedDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    DamagedDatabaseException(String message) {
        this(message, true);
    }

    DamagedDatabaseException(String message, boolean firstOfEpisode) {
        super(message, null, firstOfEpisode);
    }
}
