package io.nape.core.safety;

import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.Routine;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Give the advice for one report: the most severe level and the most restrictive exercise advice of
 * every rule that fired, with those rules as reasons, most severe first.
 */
public record TriageResult(TriageLevel level, ExerciseAdvice exercise, List<Reason> reasons) {
    /** Emergencies first, then by level and exercise advice, most severe first. */
    private static final Comparator<Reason> MOST_SEVERE_FIRST = Comparator.comparing(Reason::isEmergency)
            .thenComparing(Reason::level)
            .thenComparing(Reason::exercise)
            .reversed();

    public TriageResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(exercise, "exercise");
        reasons = List.copyOf(reasons);
    }

    /** The result when no rule fires: self-care, every routine allowed. */
    public static TriageResult clear() {
        return new TriageResult(TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED, List.of());
    }

    static TriageResult of(List<TriageRule> fired) {
        TriageLevel level = TriageLevel.SELF_CARE;
        ExerciseAdvice exercise = ExerciseAdvice.ALLOWED;
        for (TriageRule rule : fired) {
            level = TriageLevel.mostSevere(level, rule.level());
            exercise = ExerciseAdvice.mostRestrictive(exercise, rule.exercise());
        }
        List<Reason> reasons =
                fired.stream().map(Reason::of).sorted(MOST_SEVERE_FIRST).toList();
        return new TriageResult(level, exercise, reasons);
    }

    /** Whether any reason is an emergency, which calls for emergency services now, not just help today. */
    public boolean isEmergency() {
        return reasons.stream().anyMatch(Reason::isEmergency);
    }

    /**
     * Whether this advice is stricter than {@code other}: a more severe level, or more restrictive
     * exercise advice.
     */
    public boolean isStricterThan(TriageResult other) {
        return level.compareTo(other.level) > 0 || exercise.compareTo(other.exercise) > 0;
    }

    public boolean isUrgent() {
        return level == TriageLevel.URGENT;
    }

    public boolean allows(Part part) {
        return exercise.allows(part);
    }

    public boolean allows(Routine routine) {
        return exercise.allows(routine);
    }

    /** The ids of the rules that fired, most severe first. */
    public List<String> firedRules() {
        return reasons.stream().map(Reason::rule).toList();
    }
}
