package io.nape.store.persistence;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Say that the disk holding the data folder is full, that nothing saved was lost, and what to do. */
public final class StorageFullException extends StorageException {
    private static final long serialVersionUID = 1L;

    StorageFullException(Path folder, @Nullable Throwable cause, boolean firstOfEpisode) {
        super(
                "The disk that holds the data folder " + folder
                        + " is full, and nothing saved was lost; free some space on that disk, then try again.",
                cause,
                firstOfEpisode);
        withText("storage.full", "folder", folder.toString());
    }

    @Override
    public boolean passes() {
        return true;
    }
}
