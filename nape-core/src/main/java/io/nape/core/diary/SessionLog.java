package io.nape.core.diary;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Record one played session: what, when, how it ended and how far each exercise got.
 *
 * @param id the store's id, or null before it is saved
 */
public record SessionLog(
        @Nullable Long id,
        RoutineId routine,
        DosageLevel level,
        Instant startedAt,
        Instant endedAt,
        SessionOutcome outcome,
        List<ExerciseResult> exercises)
        implements PlayedSession {
    public SessionLog {
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(outcome, "outcome");
        exercises = List.copyOf(exercises);
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
        }
    }

    public SessionLog withId(long newId) {
        return new SessionLog(newId, routine, level, startedAt, endedAt, outcome, exercises);
    }

    @Override
    public long completedCount() {
        return exercises.stream()
                .filter(result -> result.status() == ExerciseStatus.COMPLETED)
                .count();
    }
}
