package io.nape.core.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Choose where in each dosage range a session sits: the lower end, the middle, or the upper end.
 */
public enum DosageLevel {
    GENTLE,
    STANDARD,
    FULL;

    /** The lower-case name people type, such as {@code gentle}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DosageLevel> fromKey(String key) {
        return Arrays.stream(values())
                .filter(level -> level.key().equals(key.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
