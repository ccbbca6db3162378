package io.nape.core.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Say what a pain feels like. */
public enum PainCharacter {
    ACHING,
    SHOOTING,
    PULSATING,
    STIFFNESS;

    /** The id in files, JSON and on the command line, such as {@code aching}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PainCharacter> fromKey(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(character -> character.key().equals(lower))
                .findFirst();
    }
}
