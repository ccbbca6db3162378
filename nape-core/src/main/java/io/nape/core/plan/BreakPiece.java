package io.nape.core.plan;

import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Side;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hold one exercise of a micro-break, at its catalogue dosage: the whole exercise, or one side of a
 * sided exercise whose two sides do not fit in one break.
 *
 * @param number the exercise's number in its part of the source, 0 when it has none
 * @param sided whether the exercise is done on the left and then on the right
 * @param side the one side this piece holds, or null when it holds the whole exercise (both sides
 *     when sided)
 * @param length how long the piece takes, from getting into position to the last relaxation
 */
public record BreakPiece(
        ExerciseId exercise,
        int number,
        boolean sided,
        @Nullable Side side,
        Duration length) {
    public BreakPiece {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(length, "length");
        if (side != null && !sided) {
            throw new IllegalArgumentException("exercise " + exercise + " has no sides, was given " + side);
        }
    }

    /** Whether the piece holds both sides of a sided exercise. */
    public boolean bothSides() {
        return sided && side == null;
    }

    public Optional<Side> findSide() {
        return Optional.ofNullable(side);
    }
}
