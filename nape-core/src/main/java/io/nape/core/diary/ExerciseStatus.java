package io.nape.core.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Say how far one exercise of a session got. */
public enum ExerciseStatus {
    COMPLETED,
    SKIPPED,
    PARTIAL,
    NOT_STARTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ExerciseStatus> fromKey(String key) {
        return Arrays.stream(values())
                .filter(status -> status.key().equals(key))
                .findFirst();
    }
}
