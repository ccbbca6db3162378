package io.nape.core.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder that fell due and has not been shown yet, because the person was away or busy.
 *
 * @param eventId the planned event it reminds of
 * @param daily whether it is the morning or evening session (never shown on a locked screen, held
 *     up to {@link PresenceRules#LONGEST_DAILY_HOLD}), as opposed to a micro-break
 * @param due when it fell due
 */
public record HeldReminder(String eventId, boolean daily, Instant due) {
    public HeldReminder {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(due, "due");
    }
}
