package io.nape.core.safety;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Name a known health condition or history; {@link #key()} is its id in answers and rules. */
public enum Condition {
    OSTEOCHONDROSIS("a diagnosis of osteochondrosis (wear of the spinal discs and joints)"),
    DISC_HERNIATION("a diagnosed disc herniation (slipped disc)"),
    OSTEOPOROSIS("osteoporosis (thin, fragile bones)"),
    CANCER_HISTORY("cancer, now or in the past"),
    INFLAMMATORY_ARTHRITIS("inflammatory arthritis, such as rheumatoid arthritis or ankylosing spondylitis"),
    WEAKENED_IMMUNITY("a weakened immune system, from an illness or a treatment"),
    RECENT_NECK_SURGERY("an operation on the neck in the last year"),
    FIRST_NECK_PAIN_AFTER_55("this is the first neck pain of your life and you are over 55");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    /** The id used in answers and rules, such as {@code disc-herniation}. */
    public String key() {
        return Keys.of(this);
    }

    /** The condition in plain words, for questions and summaries. */
    public String label() {
        return label;
    }

    public static Optional<Condition> fromKey(String key) {
        return Arrays.stream(values())
                .filter(condition -> condition.key().equals(key))
                .findFirst();
    }

    /** Every id, comma-separated, for messages that list the valid ones. */
    public static String allKeys() {
        return Arrays.stream(values()).map(Condition::key).collect(Collectors.joining(", "));
    }
}
