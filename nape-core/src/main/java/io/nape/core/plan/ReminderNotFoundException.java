package io.nape.core.plan;

import io.nape.core.NapeException;

/** Thrown when an answer names an event the reminder schedule does not hold. */
public final class ReminderNotFoundException extends NapeException {
    private static final long serialVersionUID = 1L;

    public ReminderNotFoundException(PlanEvent event) {
        super("No reminder for " + event.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + event.routine()
                + " at " + event.atText() + " is planned.");
    }
}
