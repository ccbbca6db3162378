package io.nape.core.safety;

import java.util.Arrays;
import java.util.Optional;

/** Say how the neck pain began. */
public enum Onset {
    GRADUAL("slowly, over time"),
    SUDDEN_MOVEMENT("with a sudden movement, such as turning the head quickly"),
    INJURY("with a fall, an accident or a blow"),
    OVERLOAD("after lifting something heavy, a sprain or overdoing it"),
    UNKNOWN("not sure");

    private final String label;

    Onset(String label) {
        this.label = label;
    }

    /** The id used in files and answers, such as {@code sudden-movement}. */
    public String key() {
        return Keys.of(this);
    }

    /** How the onset reads in a question, in plain words. */
    public String label() {
        return label;
    }

    public static Optional<Onset> fromKey(String key) {
        return Arrays.stream(values()).filter(onset -> onset.key().equals(key)).findFirst();
    }
}
