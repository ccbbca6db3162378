package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.PlannedLengths.Planned;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Plan sessions and micro-breaks for a range of days: a pure function of the settings, the range and
 * the routines' lengths.
 *
 * <p>Model, from the source: every day that is not quiet has the whole isometric complex in the
 * morning, followed at once by the chair stretch ("at least three times a week, or better every
 * day": Nape plans it daily, so any 7 days hold as many stretches as they have non-quiet days), and
 * the whole complex in the evening, followed at once by the day's progressive-relaxation lesson
 * ({@link RelaxationCourse}). Yoga for the neck comes on the days the person chose, at least three
 * a week ("at least three times a week"), at their time or right after work, after any session it
 * would meet; a working day with lunch may hold a light routine at its start ("the least intensive
 * exercises can be performed at work during your lunch break"), when the person asks for one. Work
 * days add micro-breaks every {@code breakEveryMinutes} of work,
 * counted from the start of work and again from the end of lunch, never in lunch and never at or after
 * the end of work; a micro-break within 15 minutes of a whole session is left out.
 *
 * <p>Micro-breaks sized for the desk: when the catalogue has the isometric complex, each micro-break
 * holds one break of the cycle {@link DeskBreaks} cuts from it at the settings' level and
 * {@code microBreakMinutes} (routine {@link #DESK_BREAK}, the break as {@link PlanEvent#deskBreak}).
 * The turn never restarts: the n-th micro-break counted from a fixed anchor day takes break n modulo
 * the cycle's length. The cycle's neighbours, the last and the first included, share no exercise, so
 * two consecutive micro-breaks never do, across lunch, nights, weekends and quiet days, and a day's
 * plan is the same whatever range or time zone it is asked in. A day has fewer micro-breaks than the
 * cycle has breaks (6 against 9 at the defaults), so the turn carries over to the next working day;
 * the day's coverage of every exercise, both sides, comes from the morning session, which stays the
 * whole complex, as does the evening one. Pieces too long for a break alone are left out of the
 * cycle and named in {@link Plan#leftOut()}.
 *
 * <p>Without the complex, or when no piece fits a break, micro-breaks take the desk routines in turn
 * ({@link #DESK_ROUTINES}: the source's exercises 1–5, then 6–9, then posture, shoulder relief and a
 * short self-massage) by the same count; a desk routine missing from the catalogue drops out of the
 * turn (with a note).
 *
 * <p>Invariants, each tested: events are in time order; every event's {@code at} carries its UTC
 * offset; a quiet day has no event; work that crosses midnight belongs to the day it starts.
 */
public final class PlanEngine {
    /** The micro-break routines, in the order they take turns. */
    public static final List<RoutineId> DESK_ROUTINES = List.of(
            new RoutineId("desk-a"),
            new RoutineId("desk-b"),
            new RoutineId("posture"),
            new RoutineId("shoulder-relief"),
            new RoutineId("massage-short"));
    /** The routine of a micro-break cut from the isometric complex; no catalogue routine has this id. */
    public static final RoutineId DESK_BREAK = new RoutineId("desk-break");
    /** The routine the micro-breaks are cut from. */
    public static final RoutineId ISOMETRIC_COMPLEX = DayPlanner.ISOMETRIC_COMPLEX;
    /** The most days one plan may cover. */
    public static final int MAX_DAYS = 366;
    /** The day the rotation is counted from (a Monday); any fixed day would do. */
    static final LocalDate ROTATION_ANCHOR = LocalDate.of(2024, 1, 1);

    /** Beyond this many settings the memo of break counts is dropped and built again. */
    private static final int REMEMBERED_SETTINGS = 64;

    /**
     * How many micro-breaks lie between the anchor and each day already asked for, per settings and
     * session lengths. The count is a pure function of those, so remembering it changes no result; it
     * spares each plan the walk from the anchor day by day, which otherwise dominates a short plan.
     */
    private static final Map<RotationKey, NavigableMap<LocalDate, Long>> BREAK_COUNTS = new ConcurrentHashMap<>();

    private final RoutineLengths lengths;

    public PlanEngine(RoutineLengths lengths) {
        this.lengths = Objects.requireNonNull(lengths, "lengths");
    }

    /** Plan the days from {@code from} to {@code to}, both included, at most {@value #MAX_DAYS} days. */
    public Plan plan(Settings settings, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "a plan covers at most " + MAX_DAYS + " days, asked " + from + " to " + to);
        }
        PlannedLengths planned = new PlannedLengths(lengths);
        DayPlanner planner = new DayPlanner(settings, planned);
        List<DeskBreak> cycle = lengths.deskBreaks(
                        settings.level(), settings.breaks().microBreakMinutes())
                .map(DeskBreaks::cycle)
                .orElse(List.of());
        List<BreakPiece> leftOut = cycle.isEmpty()
                ? List.of()
                : lengths.deskBreaks(settings.level(), settings.breaks().microBreakMinutes())
                        .map(DeskBreaks::unfit)
                        .orElse(List.of());
        List<RoutineId> turn = DESK_ROUTINES.stream()
                .filter(routine -> planned.exists(routine, settings.level()))
                .toList();
        long ordinal = breaksBefore(settings, planner, from);
        List<PlanEvent> events = new ArrayList<>();
        PlanNotes notes = new PlanNotes();
        boolean hasBreaks = false;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            events.addAll(planner.sessions(day));
            notes.add(planner.day(day));
            for (Instant slot : planner.breakSlots(day)) {
                hasBreaks = true;
                if (!cycle.isEmpty()) {
                    DeskBreak deskBreak = cycle.get((int) Math.floorMod(ordinal, (long) cycle.size()));
                    events.add(planner.event(day, slot, deskBreak));
                } else if (!turn.isEmpty()) {
                    RoutineId routine = turn.get((int) Math.floorMod(ordinal, (long) turn.size()));
                    Planned length = planned.at(routine, settings.level()).orElseThrow();
                    events.add(planner.event(day, slot, EventKind.MICRO_BREAK, routine, length));
                }
                ordinal++;
            }
        }
        if (hasBreaks && cycle.isEmpty()) {
            notes.deskRoutines(turn);
        }
        events.sort(DayPlanner.TIME_ORDER);
        return new Plan(from, to, events, notes.notes(), hasBreaks ? leftOut : List.of());
    }

    /** How many micro-breaks lie between the anchor and {@code day}, the anchor included. */
    private long breaksBefore(Settings settings, DayPlanner planner, LocalDate day) {
        if (day.isBefore(ROTATION_ANCHOR)) {
            return breaksBetween(planner, ROTATION_ANCHOR, day);
        }
        if (BREAK_COUNTS.size() > REMEMBERED_SETTINGS) {
            BREAK_COUNTS.clear();
        }
        NavigableMap<LocalDate, Long> counts = BREAK_COUNTS.computeIfAbsent(
                new RotationKey(settings, sessionLengths()),
                key -> new ConcurrentSkipListMap<>(Map.of(ROTATION_ANCHOR, 0L)));
        Map.Entry<LocalDate, Long> known = counts.floorEntry(day);
        long count = known.getValue();
        for (LocalDate next = known.getKey(); next.isBefore(day); next = next.plusDays(1)) {
            count += planner.breakCount(next);
            counts.put(next.plusDays(1), count);
        }
        return count;
    }

    /** The lengths of the whole sessions, which decide which micro-breaks are left out near them. */
    private List<Optional<Duration>> sessionLengths() {
        List<Optional<Duration>> found = new ArrayList<>();
        List<RoutineId> sessions = new ArrayList<>(
                List.of(DayPlanner.ISOMETRIC_COMPLEX, DayPlanner.CHAIR_STRETCH, DayPlanner.YOGA, DayPlanner.LUNCH));
        for (int lesson = 1; lesson <= RelaxationCourse.LESSONS; lesson++) {
            sessions.add(RelaxationCourse.routine(lesson));
        }
        for (RoutineId routine : sessions) {
            for (DosageLevel level : DosageLevel.values()) {
                found.add(lengths.find(routine, level));
            }
        }
        return found;
    }

    /** What the break counts depend on. */
    private record RotationKey(Settings settings, List<Optional<Duration>> sessionLengths) {}

    /** How many micro-breaks lie between two days, the first included: negative when {@code to} comes first. */
    private static long breaksBetween(DayPlanner planner, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -breaksBetween(planner, to, from);
        }
        long count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            count += planner.breakCount(day);
        }
        return count;
    }
}
