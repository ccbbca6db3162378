package io.nape.core.diary;

import io.nape.core.catalogue.RoutineId;
import java.time.Instant;

/**
 * Tell what adherence needs to know of a played session: which routine, when it started, how it
 * ended and how many of its exercises were completed. A {@link SessionLog} is one; a {@link
 * SessionSummary} is one read without the exercises.
 */
public interface PlayedSession {
    RoutineId routine();

    Instant startedAt();

    SessionOutcome outcome();

    /** How many of its exercises were completed. */
    long completedCount();
}
