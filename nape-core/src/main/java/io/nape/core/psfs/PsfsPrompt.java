package io.nape.core.psfs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tell whether to ask for a PSFS: when never asked, else at most once every {@link #EVERY}. An
 * answer and a skip both count as asked, so a skipped prompt waits a week like an answered one.
 */
public final class PsfsPrompt {
    public static final Duration EVERY = Duration.ofDays(7);

    private PsfsPrompt() {}

    /**
     * Whether a PSFS is due at {@code now}.
     *
     * @param lastAsked when the person last answered or skipped one, if ever
     */
    public static boolean isDue(Optional<Instant> lastAsked, Instant now) {
        return lastAsked.map(last -> !now.isBefore(last.plus(EVERY))).orElse(true);
    }
}
