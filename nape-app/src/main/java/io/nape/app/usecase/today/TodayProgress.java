package io.nape.app.usecase.today;

import io.nape.app.ReadCache;
import io.nape.app.usecase.PersonRecords;
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
    public static List<EventProgress> progress(PersonRecords records, Settings settings, LocalDate day, Instant now) {
        return progress(records, records.reads().snapshot(), settings, day, now);
    }

    /** Today's events with their progress, as {@link #progress(PersonRecords, Settings, LocalDate, Instant)}. */
    public static List<EventProgress> progress(
            PersonRecords records, ReadCache.Snapshot reads, Settings settings, LocalDate date, Instant now) {
        DayRecords day = reads.get(new DayKey(settings, date), () -> DayRecords.read(records, settings, date));
        if (day.events().isEmpty()) {
            return List.of();
        }
        return DayProgress.of(
                day.events(), day.sessions(), day.reminders(), day.began().orElse(now), now);
    }

    /** Until when reminders are paused, if that is after {@code now}. */
    public static Optional<Instant> pausedUntil(PersonRecords records, Instant now) {
        return pausedUntil(records, records.reads().snapshot(), now);
    }

    /** Until when reminders are paused, as {@link #pausedUntil(PersonRecords, Instant)}. */
    public static Optional<Instant> pausedUntil(PersonRecords records, ReadCache.Snapshot reads, Instant now) {
        Optional<Instant> stored =
                reads.get(StoredPause.INSTANCE, () -> records.reminders().pausedUntil());
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

        static DayRecords read(PersonRecords records, Settings settings, LocalDate day) {
            Plan plan = new PlanEngine(records.routineLengths()).plan(settings, day, day);
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
            List<SessionLog> sessions = records.sessionLogs().findStartedBetween(from, to);
            return new DayRecords(
                    events,
                    sessions,
                    records.reminders().findForEventsBetween(first, last.plusMillis(1)),
                    began(records, sessions, from, to));
        }

        /**
         * The first thing recorded: a session, a reminder record or a pain entry. A session or pain
         * entry outside [from, to) means the person began before the day; only counts are read for them.
         */
        private static Optional<Instant> began(
                PersonRecords records, List<SessionLog> sessions, Instant from, Instant to) {
            List<Instant> pains = records.painEntries().findBetween(from, to).stream()
                    .map(entry -> entry.at())
                    .toList();
            if (records.sessionLogs().count() > sessions.size()
                    || records.painEntries().count() > pains.size()) {
                return Optional.of(Instant.MIN);
            }
            return Stream.of(
                            records.reminders().findFirstRecordedForEventsBetween(Instant.EPOCH, EVER).stream(),
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
