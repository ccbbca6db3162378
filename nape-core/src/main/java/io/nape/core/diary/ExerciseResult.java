package io.nape.core.diary;

import io.nape.core.catalogue.ExerciseId;
import java.util.Objects;

/**
 * Record how far one exercise of a session got.
 *
 * @param position the exercise's place in the routine, from 0
 */
public record ExerciseResult(int position, ExerciseId exercise, ExerciseStatus status) {
    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(status, "status");
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, was " + position);
        }
    }
}
