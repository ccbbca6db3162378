package io.nape.app.usecase.progress;

import io.nape.app.usecase.PersonRecords;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionSummary;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Progress;
import io.nape.core.progress.ProgressReport;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the progress of one day is computed from, the time aside: the plan from the day of the first
 * thing recorded (at most a year back) to the end of this week, and what was recorded meanwhile:
 * the sessions summed up without their exercises and, of the reminder records, only the answers.
 *
 * <p>The report is a function of these and of the moment asked, but the moment matters only through
 * the events whose start plus {@link DayProgress#GRACE} it has passed (they turn missed) and through
 * its day, which is fixed for one set of inputs. When nothing was ever recorded, the person begins at
 * the moment asked, which turns no event missed and so changes nothing at other instants. So a report stays right from the moment it was
 * computed for up to the next such instant, and the last one computed is reused within that span.
 * Immutable but for that one reused report, which threads may share.
 */
public final class ProgressInputs {
    /** How many weeks back progress looks: a year. */
    public static final int LOOK_BACK_WEEKS = 52;

    /**
     * The reminder records that settle an event; the others (fired, snoozed and the like) do not
     * change the report, so they are not read.
     */
    static final Set<ReminderOutcome> ANSWERS = EnumSet.of(
            ReminderOutcome.DONE, ReminderOutcome.SKIPPED, ReminderOutcome.NATURAL_BREAK, ReminderOutcome.SKIPPED_BUSY);

    /** The last plan made, shared by every read in this process (one person, one set of settings at a time). */
    private static final AtomicReference<@Nullable Plan> LAST_PLAN = new AtomicReference<>();

    private final List<PlanEvent> events;
    private final List<SessionSummary> sessions;
    private final List<ReminderRecord> reminders;
    private final List<PainEntry> pains;
    private final @Nullable Instant began;
    private final AtomicReference<@Nullable Computed> latest = new AtomicReference<>();

    ProgressInputs(
            List<PlanEvent> events,
            List<SessionSummary> sessions,
            List<ReminderRecord> reminders,
            List<PainEntry> pains) {
        this(events, sessions, reminders, pains, Instant.MIN);
    }

    /**
     * @param began the first thing recorded (a session, a reminder record, a pain entry); null when
     *     nothing was, and then the person begins at the moment asked
     */
    ProgressInputs(
            List<PlanEvent> events,
            List<SessionSummary> sessions,
            List<ReminderRecord> reminders,
            List<PainEntry> pains,
            @Nullable Instant began) {
        this.events = List.copyOf(events);
        this.sessions = List.copyOf(sessions);
        this.reminders = List.copyOf(reminders);
        this.pains = List.copyOf(pains);
        this.began = began;
    }

    /**
     * Read the inputs through one connection. The plan of the span is kept across reads, since it
     * depends on the settings, the routines and the days only, never on what was recorded.
     */
    static ProgressInputs read(PersonRecords records, Settings settings, LocalDate today) {
        return records.inOneReading(() -> readRecords(records, settings, today));
    }

    private static ProgressInputs readRecords(PersonRecords records, Settings settings, LocalDate today) {
        ZoneId zone = settings.timeZone();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = thisMonday.plusDays(6);
        LocalDate yearBack = thisMonday.minusWeeks(LOOK_BACK_WEEKS - 1L);
        Instant start = yearBack.atStartOfDay(zone).toInstant();
        Instant end = sunday.plusDays(1).atStartOfDay(zone).toInstant();
        List<SessionSummary> sessions =
                records.sessionLogs().findSummariesStartedBetween(start.minus(DayProgress.EARLY), end);
        List<ReminderRecord> answers = records.reminders().findForEventsBetween(start, end, ANSWERS);
        Optional<Instant> firstRecorded = records.reminders().findFirstRecordedForEventsBetween(start, end);
        List<PainEntry> pains = records.painEntries().findBetween(start, end);
        Optional<Instant> began = Stream.of(
                        sessions.stream().map(SessionSummary::startedAt),
                        firstRecorded.stream(),
                        pains.stream().map(PainEntry::at))
                .flatMap(instants -> instants)
                .min(Instant::compareTo);
        LocalDate first = began.map(instant -> instant.atZone(zone).toLocalDate())
                .map(day -> day.isBefore(yearBack) ? yearBack : day)
                .map(day -> day.isAfter(today) ? today : day)
                .orElse(today);
        return new ProgressInputs(
                plan(records.routineLengths(), settings, first, sunday), sessions, answers, pains, began.orElse(null));
    }

    private static List<PlanEvent> plan(RoutineLengths lengths, Settings settings, LocalDate from, LocalDate to) {
        Plan known = LAST_PLAN.get();
        if (known != null && known.isFor(lengths, settings, from, to)) {
            return known.events();
        }
        List<PlanEvent> events =
                new PlanEngine(lengths).plan(settings, from, to).events();
        LAST_PLAN.set(new Plan(lengths, settings, from, to, events));
        return events;
    }

    /** The events planned over [from, to] for some settings and routine lengths. */
    private record Plan(
            RoutineLengths lengths, Settings settings, LocalDate from, LocalDate to, List<PlanEvent> events) {
        Plan {
            events = List.copyOf(events);
        }

        boolean isFor(RoutineLengths otherLengths, Settings otherSettings, LocalDate otherFrom, LocalDate otherTo) {
            return lengths == otherLengths
                    && settings.equals(otherSettings)
                    && from.equals(otherFrom)
                    && to.equals(otherTo);
        }
    }

    List<SessionSummary> sessions() {
        return sessions;
    }

    List<PainEntry> pains() {
        return pains;
    }

    /** The progress as of {@code now}, a moment on the day these inputs were read for. */
    ProgressReport reportAt(ZoneId zone, Instant now) {
        Computed known = latest.get();
        if (known != null && known.holdsAt(now)) {
            return known.report();
        }
        ProgressReport report = Progress.of(zone, events, sessions, reminders, pains, began == null ? now : began, now);
        latest.set(new Computed(report, now, nextChange(now)));
        return report;
    }

    /** The first instant at or after {@code now} past which an event turns missed; the far future if none. */
    private Instant nextChange(Instant now) {
        Instant next = Instant.MAX;
        for (PlanEvent event : events) {
            Instant turns = event.instant().plus(DayProgress.GRACE);
            if (!turns.isBefore(now) && turns.isBefore(next)) {
                next = turns;
            }
        }
        return next;
    }

    /** A report and the span of moments it holds for, both ends included. */
    private record Computed(ProgressReport report, Instant from, Instant until) {
        boolean holdsAt(Instant now) {
            return !now.isBefore(from) && !now.isAfter(until);
        }
    }
}
