package io.nape.core.diary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keep the log of played sessions. A saved log is durable when {@link #save} returns. */
public interface SessionLogRepository {
    /** Save a new log and return it with its id. */
    SessionLog save(SessionLog log);

    Optional<SessionLog> find(long id);

    /** Logs that started in [from, to), oldest first. */
    List<SessionLog> findStartedBetween(Instant from, Instant to);

    /**
     * The logs that started in [from, to), oldest first, summed up without their exercises. Equal to
     * summing up {@link #findStartedBetween}; stores read less for it.
     */
    default List<SessionSummary> findSummariesStartedBetween(Instant from, Instant to) {
        return findStartedBetween(from, to).stream().map(SessionSummary::of).toList();
    }

    /** Every log, oldest first (by start, then id). */
    List<SessionLog> findAll();

    /** The newest logs, newest first. */
    List<SessionLog> findRecent(int limit);

    long count();
}
