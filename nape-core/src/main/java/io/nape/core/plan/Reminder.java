package io.nape.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Ask the person to do a planned session now.
 *
 * @param attempt 1 the first time, 2 after one snooze, and so on
 * @param firedAt when the schedule fired it; later than the event after a catch-up
 */
public record Reminder(PlanEvent event, int attempt, Instant firedAt) {
    public Reminder {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(firedAt, "firedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
    }

    /** How long after its planned time the reminder was first due to fire; zero when on time. */
    public Duration lateBy() {
        Duration late = Duration.between(event.instant(), firedAt);
        return attempt == 1 && late.compareTo(Duration.ZERO) > 0 ? late : Duration.ZERO;
    }

    /** A headline short enough to read at a glance, such as {@code Micro-break: desk-b, 3 min}. */
    public String headline() {
        return event.kind().label() + ": " + event.routine() + ", " + event.minutes() + " min";
    }
}
