package io.nape.app.usecase.today;

import io.nape.app.ReadCache;
import io.nape.app.Wiring;
import io.nape.app.usecase.plan.PlanEventView;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Work out where each of a day's events stands, and what a page or command shows of the day. */
public final class TodayProgress {
    /** Later than any event a reminder record can be for. */
    private static final Instant EVER = Instant.parse("9999-01-01T00:00:00Z");

    private TodayProgress() {}

    /** Today's events with their progress, from the stored sessions and reminder records. */
    public static List<EventProgress> progress(Wiring wiring, Settings settings, LocalDate day, Instant now) {
        return progress(wiring, wiring.reads().snapshot(), settings, day, now);
    }

    /** Today's events with their progress, as {@link #progress(Wiring, Settings, LocalDate, Instant)}. */
    public static List<EventProgress> progress(
            Wiring wiring, ReadCache.Snapshot reads, Settings settings, LocalDate day, Instant now) {
        DayRecords records = reads.get(new DayKey(settings, day), () -> DayRecords.read(wiring, settings, day));
        if (records.events().isEmpty()) {
            return List.of();
        }
        return DayProgress.of(
                records.events(),
                records.sessions(),
                records.reminders(),
                records.began().orElse(now),
                now);
    }

    /** Until when reminders are paused, if that is after {@code now}. */
    public static Optional<Instant> pausedUntil(Wiring wiring, Instant now) {
        return pausedUntil(wiring, wiring.reads().snapshot(), now);
    }

    /** Until when reminders are paused, as {@link #pausedUntil(Wiring, Instant)}. */
    public static Optional<Instant> pausedUntil(Wiring wiring, ReadCache.Snapshot reads, Instant now) {
        Optional<Instant> stored =
                reads.get(StoredPause.INSTANCE, () -> wiring.reminders().pausedUntil());
        return stored.filter(until -> until.isAfter(now));
    }

    /** The key of a day's records among the kept reads: they depend on the settings and the day. */
    private record DayKey(Settings settings, LocalDate day) {}

    /** The key of the pause among the kept reads. */
    private enum StoredPause {
        INSTANCE
    }

    /**
     * A day's planned events with the sessions and reminder records that may settle them: all that
     * the day's progress needs besides the time, which is applied on every request.
     *
     * @param began when the person began (the first session, reminder record or pain entry ever), as far
     *     as the day needs it: the earliest instant when anything was recorded outside the day; empty when
     *     nothing was ever recorded, and then the person begins now
     */
    private record DayRecords(
            List<PlanEvent> events,
            List<SessionLog> sessions,
            List<ReminderRecord> reminders,
            Optional<Instant> began) {
        DayRecords {
            events = List.copyOf(events);
            sessions = List.copyOf(sessions);
            reminders = List.copyOf(reminders);
        }

        static DayRecords read(Wiring wiring, Settings settings, LocalDate day) {
            Plan plan = new PlanEngine(wiring.routineLengths()).plan(settings, day, day);
            List<PlanEvent> events = plan.eventsOn(day);
            if (events.isEmpty()) {
                return new DayRecords(List.of(), List.of(), List.of(), Optional.empty());
            }
            Instant first = events.stream()
                    .map(PlanEvent::instant)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant last = events.stream()
                    .map(PlanEvent::instant)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            Instant from = first.minus(DayProgress.EARLY);
            Instant to = last.plus(Duration.ofHours(6));
            List<SessionLog> sessions = wiring.sessionLogs().findStartedBetween(from, to);
            return new DayRecords(
                    events,
                    sessions,
                    wiring.reminders().findForEventsBetween(first, last.plusMillis(1)),
                    began(wiring, sessions, from, to));
        }

        /**
         * The first thing recorded: a session, a reminder record or a pain entry. A session or pain
         * entry outside [from, to) means the person began before the day; only counts are read for them.
         */
        private static Optional<Instant> began(Wiring wiring, List<SessionLog> sessions, Instant from, Instant to) {
            List<Instant> pains = wiring.painEntries().findBetween(from, to).stream()
                    .map(entry -> entry.at())
                    .toList();
            if (wiring.sessionLogs().count() > sessions.size()
                    || wiring.painEntries().count() > pains.size()) {
                return Optional.of(Instant.MIN);
            }
            return Stream.of(
                            wiring.reminders().findFirstRecordedForEventsBetween(Instant.EPOCH, EVER).stream(),
                            sessions.stream().map(SessionLog::startedAt),
                            pains.stream())
                    .flatMap(instants -> instants)
                    .min(Comparator.naturalOrder());
        }
    }

    /** Today in JSON. */
    public record TodayView(String date, @Nullable String pausedUntil, List<EventView> events) {
        public static TodayView of(LocalDate day, Optional<Instant> pausedUntil, List<EventProgress> progress) {
            return new TodayView(
                    day.toString(),
                    pausedUntil.map(Instant::toString).orElse(null),
                    progress.stream().map(EventView::of).toList());
        }
    }

    /**
     * One event of today in JSON.
     *
     * @param pieces what a micro-break cut from the isometric complex holds; empty for a whole routine
     */
    public record EventView(
            String at, String kind, String routine, int minutes, String state, List<PlanEventView.PieceView> pieces) {
        public EventView {
            pieces = List.copyOf(pieces);
        }

        static EventView of(EventProgress item) {
            PlanEvent event = item.event();
            return new EventView(
                    event.atText(),
                    event.kind().name(),
                    event.routine().value(),
                    event.minutes(),
                    item.state().key(),
                    PlanEventView.pieces(event));
        }
    }
}
