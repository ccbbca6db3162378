package io.nape.core.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * Record one thing that happened to one planned event's reminder, for adherence.
 *
 * @param at when it happened, by the time the schedule was given
 * @param detail more about it, such as the snooze length or the notifier that failed; empty if none
 */
public record ReminderRecord(PlanEvent event, ReminderOutcome outcome, Instant at, String detail) {
    public ReminderRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detail, "detail");
    }
}
