package io.nape.core.progress;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compare the 7-day pain mean ending today with the one ending four weeks earlier.
 *
 * @param current the mean of the 7 days ending today, or empty without entries then
 * @param earlier the mean of the 7 days ending 28 days before today, or empty without entries then
 */
public record PainTrend(Optional<PainMean> current, Optional<PainMean> earlier) {
    /** How many points the mean must move to count as a meaningful change. */
    public static final int MEANINGFUL_POINTS = 2;

    public PainTrend {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(earlier, "earlier");
    }

    /** The current mean minus the earlier one: negative when the pain went down. */
    public OptionalDouble change() {
        if (current.isEmpty() || earlier.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(current.get().mean() - earlier.get().mean());
    }

    /**
     * Which way the mean moved, when it moved by {@value #MEANINGFUL_POINTS} points or more. Decided
     * on exact fractions, so that 6 against 4 counts and 5.99 against 4 does not.
     */
    public Optional<MeaningfulChange> meaningfulChange() {
        if (current.isEmpty() || earlier.isEmpty()) {
            return Optional.empty();
        }
        PainMean now = current.get();
        PainMean then = earlier.get();
        long difference = (long) now.total() * then.entries() - (long) then.total() * now.entries();
        long threshold = (long) MEANINGFUL_POINTS * now.entries() * then.entries();
        if (difference <= -threshold) {
            return Optional.of(MeaningfulChange.BETTER);
        }
        if (difference >= threshold) {
            return Optional.of(MeaningfulChange.WORSE);
        }
        return Optional.empty();
    }
}
