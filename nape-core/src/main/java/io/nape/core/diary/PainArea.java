package io.nape.core.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Name where pain is felt; {@link #key()} is its id in files and JSON, {@link #shortName()} what people type. */
public enum PainArea {
    NECK("neck", "the neck"),
    SHOULDER_GIRDLE("shoulders", "the shoulders"),
    BACK_OF_HEAD("head", "the back of the head"),
    BETWEEN_SHOULDER_BLADES("shoulder-blades", "between the shoulder blades"),
    ARMS("arms", "the arms");

    private final String shortName;
    private final String label;

    PainArea(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** The id in files and JSON, such as {@code shoulder-girdle}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The short word people type, such as {@code shoulders}. */
    public String shortName() {
        return shortName;
    }

    /** The area in plain words, such as {@code the back of the head}. */
    public String label() {
        return label;
    }

    public static Optional<PainArea> fromKey(String key) {
        return Arrays.stream(values()).filter(area -> area.key().equals(key)).findFirst();
    }

    /** The area named by its id or its short word, ignoring case. */
    public static Optional<PainArea> fromWord(String word) {
        String lower = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(area -> area.key().equals(lower) || area.shortName.equals(lower))
                .findFirst();
    }
}
