package io.nape.store.persistence;

import io.nape.core.NapeException;

/** Say that the database could not be opened or migrated, and what to check. */
public final class DatabaseUnavailableException extends NapeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
