package io.nape.store.persistence;

import io.nape.core.NapeException;
import org.jspecify.annotations.Nullable;

/**
 * Say that the place Nape keeps its data failed, not the request nor Nape: the disk is full, the
 * data file is damaged or missing, or the database cannot be reached. The message says what to do.
 */
public abstract class StorageException extends NapeException {
    private static final long serialVersionUID = 1L;

    private final boolean firstOfEpisode;

    StorageException(String message, @Nullable Throwable cause, boolean firstOfEpisode) {
        super(message, cause);
        this.firstOfEpisode = firstOfEpisode;
    }

    /**
     * Whether this is the first report of the fault since it began; later reports of the same fault
     * (every request while the disk stays full) are not worth a line in the log.
     */
    public boolean firstOfEpisode() {
        return firstOfEpisode;
    }
}
