package io.nape.core.session;

import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Side;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Describe one timed phase of a session.
 *
 * @param atMs start, in milliseconds from the start of the session
 * @param exerciseIndex position of the exercise in the routine, from 0
 * @param rep repetition number from 1, or 0 for phases outside a repetition (prepare, rest)
 * @param reps repetitions planned for this exercise, per side
 * @param side the side worked, or null when the exercise has none
 * @param step the step of a movement's sequence this phase plays, from 0 (0 for every other phase)
 * @param cycles how many times a MOVE phase plays its movement's cycle (0 for every other phase)
 */
public record Phase(
        long atMs,
        long durationMs,
        PhaseKind kind,
        ExerciseId exercise,
        int exerciseIndex,
        int rep,
        int reps,
        @Nullable Side side,
        String cue,
        int step,
        int cycles) {
    public Phase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exercise, "exercise");
        if (atMs < 0 || durationMs <= 0) {
            throw new IllegalArgumentException(
                    "phase must start at 0 or later and last more than 0 ms, was " + atMs + "+" + durationMs);
        }
        if (step < 0 || cycles < 0 || (kind == PhaseKind.MOVE) != (cycles > 0)) {
            throw new IllegalArgumentException(
                    "a MOVE phase plays 1 or more cycles and no other phase any, was " + kind + " " + cycles);
        }
    }

    public long endMs() {
        return atMs + durationMs;
    }
}
