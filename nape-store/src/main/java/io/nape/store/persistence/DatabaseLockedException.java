package io.nape.store.persistence;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Say that another program holds the data file locked longer than Nape waits for it, so nothing
 * was read or saved this time, and that it works again once that program lets go.
 */
public final class DatabaseLockedException extends StorageException {
    private static final long serialVersionUID = 1L;

    DatabaseLockedException(Path file, @Nullable Throwable cause) {
        super(
                "Another program is holding the data file " + file
                        + ", so Nape could not use it just now; close that program or wait a moment, then try again.",
                cause,
                true);
        withText("storage.locked", "file", file.toString());
    }

    @Override
    public boolean passes() {
        return true;
    }
}
