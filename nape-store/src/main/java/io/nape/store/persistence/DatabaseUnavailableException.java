package io.nape.store.persistence;

/** Say that the database could not be opened or migrated, and what to check. */
public final class DatabaseUnavailableException extends StorageException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
