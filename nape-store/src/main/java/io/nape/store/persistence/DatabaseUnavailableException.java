package io.nape.store.persistence;

/** Say that the database could not be opened, created or migrated, and what to check. */
public final class DatabaseUnavailableException extends StorageException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause, String key, Object... namesAndValues) {
        super(message, cause, true);
        withText(key, namesAndValues);
    }

    @Override
    public boolean passes() {
        return false;
    }
}
