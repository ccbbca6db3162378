package io.nape.core.catalogue;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Place one exercise in a routine, optionally with the routine's own choice of repetitions.
 *
 * @param repetitions repetitions for this routine, or null to keep the exercise's own
 * @param side the one side to play of a sided exercise, or null to play each side of its dosage (a
 *     micro-break may hold one side only)
 */
public record RoutineItem(
        ExerciseId exercise,
        @Nullable IntRange repetitions,
        @Nullable Side side) {
    public RoutineItem(ExerciseId exercise, @Nullable IntRange repetitions) {
        this(exercise, repetitions, null);
    }

    public RoutineItem {
        Objects.requireNonNull(exercise, "exercise");
        if (repetitions != null && repetitions.min() < 1) {
            throw new IllegalArgumentException("repetitions must be 1 or more, was " + repetitions);
        }
        if (repetitions != null && repetitions.max() > Dosage.MAX_REPETITIONS) {
            throw new IllegalArgumentException(
                    "repetitions must be at most " + Dosage.MAX_REPETITIONS + ", was " + repetitions);
        }
    }

    public static RoutineItem of(ExerciseId exercise) {
        return new RoutineItem(exercise, null);
    }

    /** The dosage this item plays: the exercise's own, with the routine's repetitions if given. */
    public Dosage dosageOf(Exercise exercise) {
        return repetitions == null ? exercise.dosage() : exercise.dosage().withRepetitions(repetitions);
    }
}
