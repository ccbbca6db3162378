package io.nape.core.progress;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compute adherence, streaks and the pain trend: a pure function of the time zone, the planned
 * events, the sessions played, the reminder records, the pain entries and the moment asked.
 *
 * <p>Model. Days are local days in the given time zone, so a week across a daylight-saving change
 * still has seven days, one of them 23 or 25 hours long. A planned event belongs to its plan day
 * ({@link PlanEvent#day()}: a night shift's events after midnight belong to the day it started); a
 * pain entry to the local day of its instant.
 *
 * <p>Adherence. {@link DayProgress} settles every event at once, so one session answers at most one
 * event on one day, and a session never fills a slot outside its window (a second morning session
 * cannot fill the evening missed the day before). A day's figures: every event after the person
 * began is planned (those before it are neither planned nor due); those done, stopped, skipped or
 * missed by now are due; those done are done. A natural break or a reminder skipped because busy
 * is planned but not due: the person was not there, or not free, to take it. A week also counts its
 * events by state ({@link StateCounts}). A week runs Monday to Sunday and sums its days. The
 * days looked at run from the earlier of the first plan day and today to the later of the last
 * plan day and today.
 *
 * <p>Streaks. A day counts when its morning or its evening event is done. A day with neither
 * planned (a quiet day) is passed over: it neither breaks nor extends a streak. Today is not over,
 * so today not yet done does not break the current streak, which then runs up to yesterday.
 *
 * <p>Pain. The current mean is that of every entry logged on the 7 days ending today; the earlier
 * mean that of the 7 days ending {@link #TREND_WEEKS} weeks before today. The change is current
 * minus earlier; it is meaningful at {@link PainTrend#MEANINGFUL_POINTS} points or more, decided on
 * exact fractions. A window without entries has no mean and there is then no change.
 *
 * <p>Invariants, each tested: done &lt;= due &lt;= planned on every day; a week's figures are the
 * sums of its days; a week's counts by state agree with its done and due; the current streak is at
 * most the longest; the result does not depend on the order of any input list.
 */
public final class Progress {
    /** How many local days a pain mean covers. */
    public static final int MEAN_DAYS = 7;
    /** How many weeks back the earlier pain mean ends. */
    public static final int TREND_WEEKS = 4;

    private Progress() {}

    /** Compute the progress as of {@code now} for a person who recorded from the beginning; any list in any order. */
    public static ProgressReport of(
            ZoneId zone,
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> reminders,
            List<PainEntry> pains,
            Instant now) {
        return of(zone, events, sessions, reminders, pains, Instant.MIN, now);
    }

    /**
     * Compute the progress as of {@code now}; any input list may be in any order.
     *
     * @param began when the person began (the first thing they recorded): events before it are neither
     *     due nor missed
     */
    public static ProgressReport of(
            ZoneId zone,
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> reminders,
            List<PainEntry> pains,
            Instant began,
            Instant now) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(began, "began");
        Objects.requireNonNull(now, "now");
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<LocalDate, List<EventProgress>> settled = settleByDay(events, sessions, reminders, began, now);
        LocalDate first = settled.keySet().stream()
                .min(Comparator.naturalOrder())
                .filter(day -> day.isBefore(today))
                .orElse(today);
        LocalDate last = settled.keySet().stream()
                .max(Comparator.naturalOrder())
                .filter(day -> day.isAfter(today))
                .orElse(today);
        List<DayAdherence> days = new ArrayList<>();
        Map<LocalDate, StateCounts> counts = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<EventProgress> dayProgress = settled.getOrDefault(day, List.of());
            days.add(new DayAdherence(day, adherence(dayProgress)));
            counts.put(day, stateCounts(dayProgress));
        }
        return new ProgressReport(
                today, days, weeks(days, counts), streaks(settled, first, today), painTrend(zone, pains, today));
    }

    private static Map<LocalDate, List<EventProgress>> settleByDay(
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> reminders,
            Instant began,
            Instant now) {
        Map<LocalDate, List<EventProgress>> settled = new LinkedHashMap<>();
        DayProgress.of(events, sessions, reminders, began, now)
                .forEach(item -> settled.computeIfAbsent(item.event().day(), day -> new ArrayList<>())
                        .add(item));
        return settled;
    }

    private static Adherence adherence(List<EventProgress> dayProgress) {
        int planned = 0;
        int due = 0;
        int done = 0;
        for (EventProgress item : dayProgress) {
            switch (item.state()) {
                case DONE -> {
                    planned++;
                    due++;
                    done++;
                }
                case STOPPED, SKIPPED, MISSED -> {
                    planned++;
                    due++;
                }
                // Not due: the person was away (a natural break) or busy past their limit when it fell due.
                case NEXT, LATER, NATURAL_BREAK, SKIPPED_BUSY -> planned++;
                case BEFORE_START -> {}
            }
        }
        return new Adherence(planned, due, done);
    }

    private static StateCounts stateCounts(List<EventProgress> dayProgress) {
        int[] byState = new int[EventProgress.State.values().length];
        dayProgress.forEach(item -> byState[item.state().ordinal()]++);
        return new StateCounts(
                byState[EventProgress.State.DONE.ordinal()],
                byState[EventProgress.State.STOPPED.ordinal()],
                byState[EventProgress.State.SKIPPED.ordinal()],
                byState[EventProgress.State.MISSED.ordinal()],
                byState[EventProgress.State.NATURAL_BREAK.ordinal()],
                byState[EventProgress.State.SKIPPED_BUSY.ordinal()]);
    }

    private static List<WeekAdherence> weeks(List<DayAdherence> days, Map<LocalDate, StateCounts> counts) {
        Map<LocalDate, Adherence> sums = new LinkedHashMap<>();
        Map<LocalDate, StateCounts> countSums = new LinkedHashMap<>();
        for (DayAdherence day : days) {
            LocalDate monday = day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            sums.merge(monday, day.adherence(), Adherence::plus);
            countSums.merge(monday, counts.getOrDefault(day.day(), StateCounts.NONE), StateCounts::plus);
        }
        List<WeekAdherence> weeks = new ArrayList<>();
        sums.forEach((monday, sum) ->
                weeks.add(new WeekAdherence(monday, sum, countSums.getOrDefault(monday, StateCounts.NONE))));
        return weeks;
    }

    private static Streaks streaks(Map<LocalDate, List<EventProgress>> settled, LocalDate first, LocalDate today) {
        int run = 0;
        int longest = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            Optional<Boolean> counts = counts(settled.getOrDefault(day, List.of()));
            if (counts.isEmpty() || (!counts.get() && day.equals(today))) {
                continue;
            }
            run = counts.get() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return new Streaks(run, longest);
    }

    /** Whether the day's morning or evening event is done; empty when neither is planned. */
    private static Optional<Boolean> counts(List<EventProgress> dayProgress) {
        List<EventProgress> wholeSessions = dayProgress.stream()
                .filter(item -> item.state() != EventProgress.State.BEFORE_START)
                .filter(item ->
                        item.event().kind() == EventKind.MORNING || item.event().kind() == EventKind.EVENING)
                .toList();
        if (wholeSessions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wholeSessions.stream().anyMatch(item -> item.state() == EventProgress.State.DONE));
    }

    private static PainTrend painTrend(ZoneId zone, List<PainEntry> pains, LocalDate today) {
        LocalDate earlierEnd = today.minusWeeks(TREND_WEEKS);
        return new PainTrend(mean(zone, pains, today), mean(zone, pains, earlierEnd));
    }

    /** The mean of the entries on the {@link #MEAN_DAYS} local days ending {@code to}, if there are any. */
    public static Optional<PainMean> mean(ZoneId zone, List<PainEntry> pains, LocalDate to) {
        LocalDate from = to.minusDays(MEAN_DAYS - 1L);
        int entries = 0;
        int total = 0;
        for (PainEntry entry : pains) {
            LocalDate day = entry.at().atZone(zone).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                entries++;
                total += entry.pain();
            }
        }
        return entries == 0 ? Optional.empty() : Optional.of(new PainMean(from, to, entries, total));
    }
}
