package io.nape.store.persistence;

import java.util.Map;

/**
 * Say that the SQLite data file failed its integrity check or was found damaged while in use, where
 * it was kept, and how to restore a backup or start empty.
 */
public final class DamagedDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    DamagedDatabaseException(String message, String key, Map<String, Object> arguments) {
        this(message, key, arguments, true);
    }

    private DamagedDatabaseException(String message, String key, Map<String, Object> arguments, boolean first) {
        super(message, null, first);
        nameText(key, arguments);
    }

    /** The same damage reported again, with the same advice: not the first report of it. */
    DamagedDatabaseException again() {
        String key = textKey();
        return new DamagedDatabaseException(
                String.valueOf(getMessage()), key == null ? "" : key, textArguments(), false);
    }

    @Override
    public boolean passes() {
        return false;
    }
}
