package io.nape.core.safety;

/**
 * Explain one rule that fired for a report.
 *
 * @param rule the id of the rule
 * @param says the rule's plain sentence
 * @param source where the rule comes from
 */
public record Reason(String rule, TriageLevel level, ExerciseAdvice exercise, String says, String source) {
    /** The words with which an emergency rule tells people to call for help at once. */
    public static final String EMERGENCY_WORDS = "call emergency services now";

    /** Whether this reason is an emergency: urgent, and it says to call emergency services now. */
    public boolean isEmergency() {
        return level == TriageLevel.URGENT
                && says.toLowerCase(java.util.Locale.ROOT).contains(EMERGENCY_WORDS);
    }

    static Reason of(TriageRule fired) {
        return new Reason(fired.id(), fired.level(), fired.exercise(), fired.says(), fired.source());
    }
}
