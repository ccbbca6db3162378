package io.nape.store.persistence;

import io.nape.core.NapeException;

/** Say that the SQLite data file failed its integrity check, where it was kept, and how to restore a backup. */
public final class DamagedDatabaseException extends NapeException {
    private static final long serialVersionUID = 1L;

    DamagedDatabaseException(String message) {
        super(message);
    }
}
