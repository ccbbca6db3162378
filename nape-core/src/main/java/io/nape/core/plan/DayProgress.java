package io.nape.core.plan;

import io.nape.core.diary.PlayedSession;
import io.nape.core.diary.SessionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tell, for the events of a day, which are done, skipped or missed and which comes next.
 *
 * <p>A pure function of the day's events, the sessions played, the reminder records and the time.
 * An answer to a reminder (done or skip) settles its event. Otherwise each played session counts
 * for one event of the same routine: the one nearest in time among those not yet settled, and only
 * if the session started at most {@link #EARLY} before it; a session stopped for pain or quit still
 * counts as the person having turned up. An event whose start has passed by more than {@link
 * #GRACE} without a session is missed; the first event not settled and not missed is next.
 */
public final class DayProgress {
    /** How early a session may start and still count for an event. */
    public static final Duration EARLY = Duration.ofMinutes(60);
    /** How long after its start an event still counts as to do rather than missed. */
    public static final Duration GRACE = Duration.ofMinutes(30);

    private DayProgress() {}

    public static List<EventProgress> of(
            List<PlanEvent> events, List<? extends PlayedSession> sessions, List<ReminderRecord> records, Instant now) {
        List<PlanEvent> ordered =
                events.stream().sorted(Comparator.comparing(PlanEvent::instant)).toList();
        Set<PlanEvent> done = new HashSet<>();
        Set<PlanEvent> skipped = new HashSet<>();
        for (ReminderRecord record : records) {
            if (record.outcome() == ReminderOutcome.DONE) {
                done.add(record.event());
            } else if (record.outcome() == ReminderOutcome.SKIPPED) {
                skipped.add(record.event());
            }
        }
        sessions.stream()
                .filter(session -> session.outcome() != SessionOutcome.QUIT || session.completedCount() > 0)
                .sorted(Comparator.comparing(PlayedSession::startedAt))
                .forEach(session -> nearestOpen(ordered, session, done, skipped).ifPresent(done::add));
        List<EventProgress> progress = new ArrayList<>();
        boolean nextGiven = false;
        for (PlanEvent event : ordered) {
            EventProgress.State state;
            if (done.contains(event)) {
                state = EventProgress.State.DONE;
            } else if (skipped.contains(event)) {
                state = EventProgress.State.SKIPPED;
            } else if (event.instant().plus(GRACE).isBefore(now)) {
                state = EventProgress.State.MISSED;
            } else if (!nextGiven) {
                state = EventProgress.State.NEXT;
                nextGiven = true;
            } else {
                state = EventProgress.State.LATER;
            }
            progress.add(new EventProgress(event, state));
        }
        return List.copyOf(progress);
    }

    /** The open event of the session's routine nearest to its start, that it may count for; a tie goes to the earlier. */
    private static Optional<PlanEvent> nearestOpen(
            List<PlanEvent> events, PlayedSession session, Set<PlanEvent> done, Set<PlanEvent> skipped) {
        @Nullable PlanEvent nearest = null;
        @Nullable Duration nearestDistance = null;
        for (PlanEvent event : events) {
            if (!event.routine().equals(session.routine())
                    || session.startedAt().isBefore(event.instant().minus(EARLY))
                    || done.contains(event)
                    || skipped.contains(event)) {
                continue;
            }
            Duration distance =
                    Duration.between(event.instant(), session.startedAt()).abs();
            if (nearestDistance == null || distance.compareTo(nearestDistance) < 0) {
                nearest = event;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
