package io.nape.core.plan;

import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.PlayedSession;
import io.nape.core.diary.SessionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tell, for planned events, which are done, stopped, skipped or missed and which comes next.
 *
 * <p>A pure function of the events, the sessions played, the reminder records, the moment the
 * person began and the time. Model, each rule tested with a fixed clock:
 *
 * <ul>
 *   <li>A reminder record belongs to the planned event with its key, whatever the micro-break
 *       holds (that is not stored with the record).
 *   <li>A reminder answered with skip settles its event as skipped.
 *   <li>A session answers exactly one event, or none. A reminder answered with start (a done
 *       record) is answered by the first session of its routine that starts from {@link #SLACK}
 *       before the answer to {@link #ANSWER_WINDOW} after it. Any other session answers the event
 *       of its routine nearest to its start, among those it is no more than {@link #EARLY} before
 *       nor {@link #LATE} after and that no session has done yet; a tie goes to the earlier. A
 *       session outside every such window answers nothing, so it never lands on an unrelated
 *       earlier slot.
 *   <li>A session done counts: one not stopped for pain with at least one exercise completed. Its
 *       event is done. A session stopped for pain or with no exercise completed never makes its
 *       event done; the event shows as stopped unless another session did it. A session quit before
 *       any exercise is as if it had not been played: its event stays to do.
 *   <li>A done record without a session that answers it settles nothing: the answer said start,
 *       not that the session was played.
 *   <li>An event neither done, stopped nor skipped whose start passed more than {@link #GRACE}
 *       ago is missed, unless it started before the person began (the first thing they ever
 *       recorded): then it is before-start, neither due nor missed.
 *   <li>An event its reminder recorded as a natural break (the person was away) or as skipped
 *       because busy has that state, unless a session did it; neither counts as due.
 *   <li>The first event left open is next; the rest are later.
 * </ul>
 *
 * <p>Invariants: a session answers at most one event; an event has at most one state; the result
 * does not depend on the order of any input list.
 */
public final class DayProgress {
    /** How early a session may start and still answer an event. */
    public static final Duration EARLY = Duration.ofMinutes(60);
    /** How late a session may start and still answer an event it was not started from. */
    public static final Duration LATE = Duration.ofMinutes(60);
    /** How long after an answer with start the session it started may begin. */
    public static final Duration ANSWER_WINDOW = Duration.ofMinutes(60);
    /** How much earlier than the answer (two clocks, one page) the session it started may be stamped. */
    public static final Duration SLACK = Duration.ofMinutes(2);
    /** How long after its start an event still counts as to do rather than missed. */
    public static final Duration GRACE = Duration.ofMinutes(30);

    private DayProgress() {}

    /** The progress of {@code events} as of {@code now}, for a person who has recorded things from the beginning. */
    public static List<EventProgress> of(
            List<PlanEvent> events, List<? extends PlayedSession> sessions, List<ReminderRecord> records, Instant now) {
        return of(events, sessions, records, Instant.MIN, now);
    }

    /**
     * The progress of {@code events} as of {@code now}.
     *
     * @param began when the person began: the first thing they recorded; events before it are not missed
     */
    public static List<EventProgress> of(
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> records,
            Instant began,
            Instant now) {
        List<PlanEvent> ordered = events.stream()
                .sorted(Comparator.comparing(PlanEvent::instant).thenComparing(PlanEvent::key))
                .toList();
        Set<PlanEvent> skipped = new HashSet<>();
        Map<PlanEvent, EventProgress.State> away = new HashMap<>();
        Map<PlanEvent, Instant> startAnswers = new HashMap<>();
        // A stored record names its event by key; what a micro-break holds is not stored with it.
        Map<String, PlanEvent> byKey = new HashMap<>();
        ordered.forEach(event -> byKey.putIfAbsent(event.key(), event));
        for (ReminderRecord record : records) {
            PlanEvent event = byKey.getOrDefault(record.event().key(), record.event());
            if (record.outcome() == ReminderOutcome.NATURAL_BREAK) {
                away.put(event, EventProgress.State.NATURAL_BREAK);
            } else if (record.outcome() == ReminderOutcome.SKIPPED_BUSY) {
                away.put(event, EventProgress.State.SKIPPED_BUSY);
            } else if (record.outcome() == ReminderOutcome.SKIPPED) {
                skipped.add(event);
            } else if (record.outcome() == ReminderOutcome.DONE) {
                startAnswers.merge(event, record.at(), (one, other) -> one.isBefore(other) ? one : other);
            }
        }
        Map<PlanEvent, EventProgress.State> settled = credit(ordered, sessions, skipped, startAnswers);
        skipped.forEach(event -> settled.putIfAbsent(event, EventProgress.State.SKIPPED));
        away.forEach(settled::putIfAbsent);
        List<EventProgress> progress = new ArrayList<>();
        boolean nextGiven = false;
        for (PlanEvent event : ordered) {
            EventProgress.State state = settled.get(event);
            if (state == null) {
                if (!event.instant().plus(GRACE).isBefore(now)) {
                    state = nextGiven ? EventProgress.State.LATER : EventProgress.State.NEXT;
                    nextGiven = true;
                } else if (event.instant().isBefore(began)) {
                    state = EventProgress.State.BEFORE_START;
                } else {
                    state = EventProgress.State.MISSED;
                }
            }
            progress.add(new EventProgress(event, state));
        }
        return List.copyOf(progress);
    }

    /** Whether a session counts as done: not stopped for pain, and at least one exercise completed. */
    public static boolean counts(PlayedSession session) {
        return session.outcome() != SessionOutcome.STOPPED_FOR_PAIN && session.completedCount() > 0;
    }

    /** The state each session gives the event it answers: done, or stopped where none did it. */
    private static Map<PlanEvent, EventProgress.State> credit(
            List<PlanEvent> ordered,
            List<? extends PlayedSession> sessions,
            Set<PlanEvent> skipped,
            Map<PlanEvent, Instant> startAnswers) {
        Map<RoutineId, List<PlanEvent>> byRoutine = ordered.stream().collect(Collectors.groupingBy(PlanEvent::routine));
        List<PlayedSession> chronological = sessions.stream()
                .map(PlayedSession.class::cast)
                .filter(session -> session.outcome() != SessionOutcome.QUIT || session.completedCount() > 0)
                .sorted(Comparator.comparing(PlayedSession::startedAt)
                        .thenComparing(session -> session.routine().value())
                        .thenComparing(session -> counts(session) ? 0 : 1)
                        .thenComparing(PlayedSession::outcome)
                        .thenComparing(PlayedSession::completedCount))
                .toList();
        Map<RoutineId, List<PlayedSession>> sessionsByRoutine =
                chronological.stream().collect(Collectors.groupingBy(PlayedSession::routine));
        Map<PlanEvent, EventProgress.State> settled = new HashMap<>();
        Map<PlayedSession, Boolean> used = new IdentityHashMap<>();
        startAnswers.entrySet().stream()
                .sorted(Map.Entry.<PlanEvent, Instant>comparingByValue()
                        .thenComparing(entry -> entry.getKey().key()))
                .filter(entry -> !skipped.contains(entry.getKey()))
                .forEach(entry -> firstStartedFrom(
                                sessionsByRoutine.getOrDefault(entry.getKey().routine(), List.of()),
                                entry.getValue(),
                                used)
                        .ifPresent(session -> {
                            used.put(session, true);
                            settled.put(entry.getKey(), stateOf(session));
                        }));
        for (PlayedSession session : chronological) {
            if (used.containsKey(session)) {
                continue;
            }
            List<PlanEvent> candidates = byRoutine.getOrDefault(session.routine(), List.of());
            Optional<PlanEvent> answered = nearest(
                    candidates,
                    session.startedAt(),
                    event -> !skipped.contains(event) && settled.get(event) != EventProgress.State.DONE);
            answered.ifPresent(event -> {
                if (counts(session)) {
                    settled.put(event, EventProgress.State.DONE);
                } else {
                    settled.putIfAbsent(event, EventProgress.State.STOPPED);
                }
            });
        }
        return settled;
    }

    private static EventProgress.State stateOf(PlayedSession session) {
        return counts(session) ? EventProgress.State.DONE : EventProgress.State.STOPPED;
    }

    /** The first session of the answered event's routine, among {@code ofRoutine} in time order, that the answer started. */
    private static Optional<PlayedSession> firstStartedFrom(
            List<PlayedSession> ofRoutine, Instant answeredAt, Map<PlayedSession, Boolean> used) {
        Instant from = answeredAt.minus(SLACK);
        Instant to = answeredAt.plus(ANSWER_WINDOW);
        return ofRoutine.stream()
                .filter(session -> !used.containsKey(session)
                        && !session.startedAt().isBefore(from)
                        && !session.startedAt().isAfter(to))
                .findFirst();
    }

    /** The event among {@code candidates} (in time order) nearest to {@code start} within its window; a tie goes to the earlier. */
    private static Optional<PlanEvent> nearest(List<PlanEvent> candidates, Instant start, Predicate<PlanEvent> open) {
        @Nullable PlanEvent nearest = null;
        @Nullable Duration nearestDistance = null;
        int index = firstNotBefore(candidates, start.minus(LATE));
        for (; index < candidates.size(); index++) {
            PlanEvent event = candidates.get(index);
            if (event.instant().minus(EARLY).isAfter(start)) {
                break;
            }
            if (!open.test(event)) {
                continue;
            }
            Duration distance = Duration.between(event.instant(), start).abs();
            if (nearestDistance == null || distance.compareTo(nearestDistance) < 0) {
                nearest = event;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The index of the first event at or after {@code instant}, or the size if none is. */
    private static int firstNotBefore(List<PlanEvent> ordered, Instant instant) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ordered.get(middle).instant().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
