package io.nape.store.persistence;

import io.nape.core.NapeException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Say that the place Nape keeps its data failed, not the request nor Nape: the disk is full, the
 * data file is damaged, missing, held by another program, or cannot be opened or created. The
 * message is for developers; the text a person reads names what happened and what to do, under a
 * key of the {@code storage} texts.
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

    /**
     * Whether the fault can pass by itself or by freeing something (space on the disk, the other
     * program's hold on the file), so that trying again later works; a damaged, missing or
     * unreadable file does not pass until the person restores or repairs it.
     */
    public abstract boolean passes();

    /** Name the text with the arguments of a map, as {@link #withText} takes them in turn. */
    final void nameText(String key, Map<String, Object> arguments) {
        Object[] namesAndValues = new Object[arguments.size() * 2];
        int at = 0;
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            namesAndValues[at++] = argument.getKey();
            namesAndValues[at++] = argument.getValue();
        }
        withText(key, namesAndValues);
    }
}
