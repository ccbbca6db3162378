package io.nape.core.catalogue;

import java.util.Objects;

/**
 * Say how much of an exercise to do, with the source's ranges kept as ranges.
 *
 * @param hold seconds of effort, hold or timed movement per repetition
 * @param relax seconds of relaxation after each repetition (0 for none)
 * @param repetitions how many times, per side when the exercise is sided
 * @param sides once, or left and then right
 * @param breathing how to breathe
 * @param movements movements counted within one repetition (0 when the repetition is timed)
 * @param movementSeconds seconds one counted movement takes
 */
public record Dosage(
        IntRange hold,
        IntRange relax,
        IntRange repetitions,
        Sides sides,
        Breathing breathing,
        int movements,
        int movementSeconds) {
    public Dosage {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(relax, "relax");
        Objects.requireNonNull(repetitions, "repetitions");
        Objects.requireNonNull(sides, "sides");
        Objects.requireNonNull(breathing, "breathing");
        if (repetitions.min() < 1) {
            throw new IllegalArgumentException("repetitions must be 1 or more, was " + repetitions);
        }
        if (movements < 0) {
            throw new IllegalArgumentException("movements must be 0 or more, was " + movements);
        }
        if (movements > 0 && movementSeconds < 1) {
            throw new IllegalArgumentException(
                    "movementSeconds must be 1 or more when movements are counted, was " + movementSeconds);
        }
        if (movements == 0 && hold.min() < 1) {
            throw new IllegalArgumentException("hold must be at least 1 second, was " + hold);
        }
    }

    /** Seconds one repetition's effort takes at a level: counted movements, or the hold. */
    public int effortSeconds(DosageLevel level) {
        return movements > 0 ? movements * movementSeconds : hold.at(level);
    }

    public Dosage withRepetitions(IntRange newRepetitions) {
        return new Dosage(hold, relax, newRepetitions, sides, breathing, movements, movementSeconds);
    }
}
