package io.nape.core.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Say how a guided session ended. */
public enum SessionOutcome {
    COMPLETED,
    STOPPED_FOR_PAIN,
    SKIPPED_PARTS,
    QUIT;

    /** The name in files and JSON, such as {@code stopped-for-pain}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SessionOutcome> fromKey(String key) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.key().equals(key))
                .findFirst();
    }
}
