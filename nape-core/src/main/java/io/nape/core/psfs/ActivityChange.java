package io.nape.core.psfs;

import io.nape.core.progress.MeaningfulChange;
import java.util.Objects;
import java.util.Optional;

/**
 * Tell how the rating of one activity changed between two answers.
 *
 * @param activity the activity, in the later answer's words
 * @param from the earlier rating
 * @param to the later rating
 */
public record ActivityChange(String activity, int from, int to) {
    public ActivityChange {
        Objects.requireNonNull(activity, "activity");
    }

    /** The later rating minus the earlier: positive when the activity got easier. */
    public int change() {
        return to - from;
    }

    /** Which way it moved, when by {@link PsfsComparison#MEANINGFUL_POINTS} points or more: up is better. */
    public Optional<MeaningfulChange> meaningfulChange() {
        if (change() >= PsfsComparison.MEANINGFUL_POINTS) {
            return Optional.of(MeaningfulChange.BETTER);
        }
        if (change() <= -PsfsComparison.MEANINGFUL_POINTS) {
            return Optional.of(MeaningfulChange.WORSE);
        }
        return Optional.empty();
    }

    public boolean isMeaningful() {
        return meaningfulChange().isPresent();
    }
}
