package io.nape.store.persistence;

/**
 * Say that the data file is missing or empty while backups of it (or a damaged file kept aside)
 * exist, so Nape does not start a new one in its place, and how to restore or start empty.
 */
public final class MissingDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    MissingDatabaseException(String message) {
        super(message, null, true);
    }
}
