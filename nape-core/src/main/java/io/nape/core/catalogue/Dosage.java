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
    /**
     * The longest effort of one repetition in seconds, a hold or the counted movements together:
     * five minutes, far above the source's longest (40 s stretches), short of a sitting that no
     * longer is an exercise.
     */
    public static final int MAX_EFFORT_SECONDS = 300;

    /** The longest relaxation after one repetition in seconds; the source asks for at most 15. */
    public static final int MAX_RELAX_SECONDS = 300;

    /** The most repetitions (per side); the source asks for 3 to 10. */
    public static final int MAX_REPETITIONS = 50;

    /** The most counted movements in one repetition; the source counts at most 20. */
    public static final int MAX_MOVEMENTS = 100;

    /** The longest one counted movement may take in seconds; the source's take 2 to 6. */
    public static final int MAX_MOVEMENT_SECONDS = 30;

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
        if (hold.max() > MAX_EFFORT_SECONDS) {
            throw new IllegalArgumentException("hold must be at most " + MAX_EFFORT_SECONDS + " seconds, was " + hold);
        }
        if (relax.max() > MAX_RELAX_SECONDS) {
            throw new IllegalArgumentException("relax must be at most " + MAX_RELAX_SECONDS + " seconds, was " + relax);
        }
        if (repetitions.max() > MAX_REPETITIONS) {
            throw new IllegalArgumentException(
                    "repetitions must be at most " + MAX_REPETITIONS + ", was " + repetitions);
        }
        if (movements > MAX_MOVEMENTS || movementSeconds > MAX_MOVEMENT_SECONDS) {
            throw new IllegalArgumentException("movements must be at most " + MAX_MOVEMENTS + " of at most "
                    + MAX_MOVEMENT_SECONDS + " seconds, was " + movements + " of " + movementSeconds);
        }
        if (movements * movementSeconds > MAX_EFFORT_SECONDS) {
            throw new IllegalArgumentException("counted movements must take at most " + MAX_EFFORT_SECONDS
                    + " seconds, take " + movements * movementSeconds);
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
