package io.nape.core.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Say what the person answered to a proposal. */
public enum Answer {
    CONFIRMED,
    DECLINED;

    /** The name in files and JSON, such as {@code confirmed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Answer> fromKey(String key) {
        return Arrays.stream(values())
                .filter(answer -> answer.key().equals(key))
                .findFirst();
    }
}
