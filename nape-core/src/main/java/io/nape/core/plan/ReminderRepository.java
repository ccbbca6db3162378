package io.nape.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Keep every reminder record, for adherence, and the pause that silences reminders. */
public interface ReminderRepository {
    /** Append records in order; durable when this returns. */
    void append(List<ReminderRecord> records);

    /** Records of events planned in [from, to), in the order they were appended. */
    List<ReminderRecord> findForEventsBetween(Instant from, Instant to);

    /**
     * Records of events planned in [from, to) whose outcome is one of {@code outcomes}, in the order
     * they were appended: {@link #findForEventsBetween(Instant, Instant)} with only those outcomes.
     */
    default List<ReminderRecord> findForEventsBetween(Instant from, Instant to, Set<ReminderOutcome> outcomes) {
        return findForEventsBetween(from, to).stream()
                .filter(record -> outcomes.contains(record.outcome()))
                .toList();
    }

    /** When the first record of an event planned in [from, to) was made; empty if there is none. */
    default Optional<Instant> findFirstRecordedForEventsBetween(Instant from, Instant to) {
        return findForEventsBetween(from, to).stream().map(ReminderRecord::at).min(Instant::compareTo);
    }

    /** Every record, in the order they were appended. */
    List<ReminderRecord> findAll();

    /** When the current pause ends, if one was set; it may already be over. */
    Optional<Instant> pausedUntil();

    void pauseUntil(Instant until);

    void resume();
}
