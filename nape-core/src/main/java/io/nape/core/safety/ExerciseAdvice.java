package io.nape.core.safety;

import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.Routine;
import java.util.EnumSet;
import java.util.Set;

/** Say which exercise is safe for now; constants run from least to most restrictive. */
public enum ExerciseAdvice {
    /** Every routine in the catalogue. */
    ALLOWED("Exercise: every routine is fine; stop at once if anything hurts.", EnumSet.allOf(Part.class)),
    /** Posture, breathing, relaxation and light self-massage only. */
    GENTLE(
            "Exercise: only gentle posture, breathing, relaxation and light self-massage for now.",
            EnumSet.of(Part.POSTURE, Part.BREATHING, Part.RELAXATION, Part.SELF_MASSAGE)),
    /** Only the exercises a doctor has prescribed; nothing from the catalogue. */
    PRESCRIBED_ONLY(
            "Exercise: only what a doctor has prescribed for you; none of Nape's routines for now.",
            EnumSet.noneOf(Part.class)),
    /** No exercise now: an emergency, or rest after a strain. */
    NONE("Exercise: none for now; rest your neck.", EnumSet.noneOf(Part.class));

    private final String meaning;
    private final Set<Part> allowedParts;

    ExerciseAdvice(String meaning, Set<Part> allowedParts) {
        this.meaning = meaning;
        this.allowedParts = Set.copyOf(allowedParts);
    }

    /** What the advice lets a person do, in plain words. */
    public String meaning() {
        return meaning;
    }

    /** The parts of the catalogue whose routines this advice allows; empty when it allows none. */
    public Set<Part> allowedParts() {
        return allowedParts;
    }

    public boolean allows(Part part) {
        return allowedParts.contains(part);
    }

    public boolean allows(Routine routine) {
        return allows(routine.part());
    }

    public boolean isMoreRestrictiveThan(ExerciseAdvice other) {
        return compareTo(other) > 0;
    }

    public static ExerciseAdvice mostRestrictive(ExerciseAdvice one, ExerciseAdvice other) {
        return one.isMoreRestrictiveThan(other) ? one : other;
    }
}
