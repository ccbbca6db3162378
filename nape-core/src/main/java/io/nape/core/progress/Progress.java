package io.nape.core.progress;

import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compute adherence, streaks and the pain trend: a pure function of the time zone, the planned
 * events, the sessions played, the reminder records, the pain entries and the moment asked.
 *
 * <p>Model. Days are local days in the given time zone, so a week across a daylight-saving change
 * still has seven days, one of them 23 or 25 hours long. A planned event belongs to its plan day
 * ({@link PlanEvent#day()}: a night shift's events after midnight belong to the day it started); a
 * pain entry to the local day of its instant.
 *
 * <p>Adherence. Each session is handed to exactly one plan day: the day of the planned event of its
 * routine nearest in time among those it may count for (started at most {@link DayProgress#EARLY}
 * before it); reminder records go to their event's day. {@link DayProgress} then settles each day
 * alone, so one session never counts on two days, and a second morning session cannot fill the
 * evening missed the day before. A day's figures: every event is planned; those done, skipped or
 * missed by now are due; those done are done. A week runs Monday to Sunday and sums its days. The
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
 * sums of its days; the current streak is at most the longest; the result does not depend on the
 * order of any input list.
 */
public final class Progress {
    /** How many local days a pain mean covers. */
    public static final int MEAN_DAYS = 7;
    /** How many weeks back the earlier pain mean ends. */
    public static final int TREND_WEEKS = 4;

    private Progress() {}

    /** Compute the progress as of {@code now}; any input list may be in any order. */
    public static ProgressReport of(
            ZoneId zone,
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> reminders,
            List<PainEntry> pains,
            Instant now) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<LocalDate, List<EventProgress>> settled = settleByDay(events, sessions, reminders, now);
        LocalDate first = settled.keySet().stream()
                .min(Comparator.naturalOrder())
                .filter(day -> day.isBefore(today))
                .orElse(today);
        LocalDate last = settled.keySet().stream()
                .max(Comparator.naturalOrder())
                .filter(day -> day.isAfter(today))
                .orElse(today);
        List<DayAdherence> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new DayAdherence(day, adherence(settled.getOrDefault(day, List.of()))));
        }
        return new ProgressReport(
                today, days, weeks(days), streaks(settled, first, today), painTrend(zone, pains, today));
    }

    private static Map<LocalDate, List<EventProgress>> settleByDay(
            List<PlanEvent> events,
            List<? extends PlayedSession> sessions,
            List<ReminderRecord> reminders,
            Instant now) {
        Map<LocalDate, List<PlanEvent>> eventsByDay = new HashMap<>();
        events.forEach(event -> eventsByDay
                .computeIfAbsent(event.day(), day -> new ArrayList<>())
                .add(event));
        Map<RoutineId, RoutineEvents> eventsByRoutine = new HashMap<>();
        events.stream()
                .collect(Collectors.groupingBy(PlanEvent::routine))
                .forEach((routine, routineEvents) -> eventsByRoutine.put(routine, new RoutineEvents(routineEvents)));
        Map<LocalDate, List<PlayedSession>> sessionsByDay = new HashMap<>();
        for (PlayedSession session : sessions) {
            RoutineEvents candidates = eventsByRoutine.get(session.routine());
            if (candidates != null) {
                candidates.nearest(session.startedAt()).ifPresent(event -> sessionsByDay
                        .computeIfAbsent(event.day(), day -> new ArrayList<>())
                        .add(session));
            }
        }
        Map<LocalDate, List<ReminderRecord>> remindersByDay = new HashMap<>();
        reminders.forEach(record -> remindersByDay
                .computeIfAbsent(record.event().day(), day -> new ArrayList<>())
                .add(record));
        Map<LocalDate, List<EventProgress>> settled = new LinkedHashMap<>();
        eventsByDay.forEach((day, dayEvents) -> settled.put(
                day,
                DayProgress.of(
                        dayEvents,
                        sessionsByDay.getOrDefault(day, List.of()),
                        remindersByDay.getOrDefault(day, List.of()),
                        now)));
        return settled;
    }

    private static Adherence adherence(List<EventProgress> dayProgress) {
        int due = 0;
        int done = 0;
        for (EventProgress item : dayProgress) {
            switch (item.state()) {
                case DONE -> {
                    due++;
                    done++;
                }
                case SKIPPED, MISSED -> due++;
                case NEXT, LATER -> {}
            }
        }
        return new Adherence(dayProgress.size(), due, done);
    }

    private static List<WeekAdherence> weeks(List<DayAdherence> days) {
        Map<LocalDate, Adherence> sums = new LinkedHashMap<>();
        for (DayAdherence day : days) {
            LocalDate monday = day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            sums.merge(monday, day.adherence(), Adherence::plus);
        }
        List<WeekAdherence> weeks = new ArrayList<>();
        sums.forEach((monday, sum) -> weeks.add(new WeekAdherence(monday, sum)));
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

    private static Optional<PainMean> mean(ZoneId zone, List<PainEntry> pains, LocalDate to) {
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

    /** The events of one routine in time order, to find the one a session counts for. */
    private static final class RoutineEvents {
        private final List<PlanEvent> ordered;

        RoutineEvents(List<PlanEvent> events) {
            this.ordered = events.stream()
                    .sorted(Comparator.comparing(PlanEvent::instant).thenComparing(PlanEvent::key))
                    .toList();
        }

        /**
         * The event nearest to a session started at {@code start} among those it may count for (starting
         * at most {@link DayProgress#EARLY} after it); a tie goes to the earlier event. Only the last
         * event at or before the start and the first after it can be nearest.
         */
        Optional<PlanEvent> nearest(Instant start) {
            int after = firstAfter(start);
            Optional<PlanEvent> before = Optional.empty();
            if (after > 0) {
                int index = after - 1;
                while (index > 0
                        && ordered.get(index - 1)
                                .instant()
                                .equals(ordered.get(index).instant())) {
                    index--;
                }
                before = Optional.of(ordered.get(index));
            }
            Optional<PlanEvent> later = after < ordered.size()
                            && !start.isBefore(ordered.get(after).instant().minus(DayProgress.EARLY))
                    ? Optional.of(ordered.get(after))
                    : Optional.empty();
            if (before.isEmpty() || later.isEmpty()) {
                return before.isPresent() ? before : later;
            }
            Duration sinceBefore = Duration.between(before.get().instant(), start);
            Duration untilLater = Duration.between(start, later.get().instant());
            return untilLater.compareTo(sinceBefore) < 0 ? later : before;
        }

        /** The index of the first event that starts after {@code start}, or the size if none does. */
        private int firstAfter(Instant start) {
            int low = 0;
            int high = ordered.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ordered.get(middle).instant().isAfter(start)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }
}
