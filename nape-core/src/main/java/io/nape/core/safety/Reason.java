package io.nape.core.safety;

import java.util.Locale;

/**
 * Explain one rule that fired for a report.
 *
 * @param rule the id of the rule
 * @param says the rule's plain sentence
 * @param source where the rule comes from
 * @param emergency whether the rule that fired is an emergency (see {@link TriageRule#emergency()})
 */
public record Reason(
        String rule, TriageLevel level, ExerciseAdvice exercise, String says, String source, boolean emergency) {
    /** The words with which an English emergency rule tells people to call for help at once. */
    public static final String EMERGENCY_WORDS = "call emergency services now";

    public Reason {
        if (emergency && level != TriageLevel.URGENT) {
            throw new IllegalArgumentException("reason " + rule + " is an emergency, so its level must be urgent");
        }
    }

    /**
     * A reason kept before emergencies were data (stored screenings, data files): an emergency when
     * it is urgent and its English sentence says to call emergency services now.
     */
    public Reason(String rule, TriageLevel level, ExerciseAdvice exercise, String says, String source) {
        this(rule, level, exercise, says, source, soundsLikeEmergency(level, says));
    }

    /** Whether this reason is an emergency: the rule that fired is marked as one. */
    public boolean isEmergency() {
        return emergency;
    }

    static boolean soundsLikeEmergency(TriageLevel level, String says) {
        return level == TriageLevel.URGENT && says.toLowerCase(Locale.ROOT).contains(EMERGENCY_WORDS);
    }

    static Reason of(TriageRule fired) {
        return new Reason(fired.id(), fired.level(), fired.exercise(), fired.says(), fired.source(), fired.emergency());
    }
}
