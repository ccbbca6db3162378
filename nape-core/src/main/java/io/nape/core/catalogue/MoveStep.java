package io.nape.core.catalogue;

/**
 * Describe one step of a movement that changes as it goes (a sequence of turns, the order of a
 * self-massage): its own cue, and for a counted movement how many of the movements it holds.
 *
 * @param movements counted movements in this step, or 0 when the movement is timed and the steps
 *     share its time equally
 */
public record MoveStep(String cue, int movements) {
    /** The most steps in one sequence. */
    public static final int MAX_STEPS = 12;

    public MoveStep {
        int words = Exercise.wordCount(cue);
        if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
            throw new IllegalArgumentException(
                    "a step's cue must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
        }
        if (movements < 0 || movements > Dosage.MAX_MOVEMENTS) {
            throw new IllegalArgumentException(
                    "a step's movements must be 0-" + Dosage.MAX_MOVEMENTS + ", was " + movements);
        }
    }

    public MoveStep withCue(String newCue) {
        return new MoveStep(newCue, movements);
    }
}
