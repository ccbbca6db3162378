package io.nape.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keep every reminder record, for adherence, and the pause that silences reminders. */
public interface ReminderRepository {
    /** Append records in order; durable when this returns. */
    void append(List<ReminderRecord> records);

    /** Records of events planned in [from, to), in the order they were appended. */
    List<ReminderRecord> findForEventsBetween(Instant from, Instant to);

    /** Every record, in the order they were appended. */
    List<ReminderRecord> findAll();

    /** When the current pause ends, if one was set; it may already be over. */
    Optional<Instant> pausedUntil();

    void pauseUntil(Instant until);

    void resume();
}
