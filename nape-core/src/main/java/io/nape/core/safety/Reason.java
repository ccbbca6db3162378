package io.nape.core.safety;

/**
 * Explain one rule that fired for a report.
 *
 * @param rule the id of the rule
 * @param says the rule's plain sentence
 * @param source where the rule comes from
 */
public record Reason(String rule, TriageLevel level, ExerciseAdvice exercise, String says, String source) {
    static Reason of(TriageRule fired) {
        return new Reason(fired.id(), fired.level(), fired.exercise(), fired.says(), fired.source());
    }
}
