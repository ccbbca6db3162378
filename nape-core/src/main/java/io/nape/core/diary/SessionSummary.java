package io.nape.core.diary;

import io.nape.core.catalogue.RoutineId;
import java.time.Instant;
import java.util.Objects;

/**
 * Sum up one session log without its exercises: enough for adherence and for counting sessions,
 * at a fraction of the reading.
 *
 * @param id the store's id
 * @param completedCount how many of its exercises were completed
 */
public record SessionSummary(long id, RoutineId routine, Instant startedAt, SessionOutcome outcome, long completedCount)
        implements PlayedSession {
    public SessionSummary {
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (completedCount < 0) {
            throw new IllegalArgumentException("completedCount must be at least 0, was " + completedCount);
        }
    }

    /** The summary of a saved log. */
    public static SessionSummary of(SessionLog log) {
        Long id = Objects.requireNonNull(log.id(), "a summary needs a saved log, with its id");
        return new SessionSummary(id, log.routine(), log.startedAt(), log.outcome(), log.completedCount());
    }
}
