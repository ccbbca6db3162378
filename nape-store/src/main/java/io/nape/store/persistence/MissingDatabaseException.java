package io.nape.store.persistence;

import java.util.Map;

/**
 * Say that the data file is missing or empty while backups of it exist, so Nape does not start a
 * new one in its place, and how to restore or start empty.
 */
public final class MissingDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    MissingDatabaseException(String message, String key, Map<String, Object> arguments) {
        super(message, null, true);
        nameText(key, arguments);
    }

    @Override
    public boolean passes() {
        return false;
    }
}
