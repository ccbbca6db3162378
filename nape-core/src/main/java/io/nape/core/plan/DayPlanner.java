package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.PlannedLengths.Planned;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Work out one plan day: its whole sessions, and the instants of its micro-breaks (the engine gives
 * them their routines).
 *
 * <p>Local times become instants through {@link ZonedDateTime#of}: a time that does not exist that
 * day (a spring-forward gap) moves forward by the length of the gap; a time that happens twice (a
 * fall-back overlap) happens once, at the earlier offset. Micro-breaks are spaced in elapsed time from
 * the start of work and again from the end of lunch, so a night shift across a change of clocks gets
 * one break per hour actually worked.
 */
final class DayPlanner {
    static final RoutineId ISOMETRIC_COMPLEX = new RoutineId("isometric-complex");
    static final RoutineId CHAIR_STRETCH = new RoutineId("chair-stretch");
    static final RoutineId YOGA = new RoutineId("yoga-neck");
    /** The lunch routine: the source's simple exercises, at the gentle level ("the least intensive exercises"). */
    static final RoutineId LUNCH = new RoutineId("neck-pain-simple");
    /** A whole session stands in for any micro-break within this time of it. */
    static final Duration SESSION_GUARD = Duration.ofMinutes(15);

    static final Comparator<PlanEvent> TIME_ORDER = Comparator.comparing(PlanEvent::instant)
            .thenComparing(PlanEvent::kind)
            .thenComparing(PlanEvent::routine);

    private final Settings settings;
    private final PlannedLengths lengths;
    private final Map<LocalDate, DaySessions> sessionsByDay = new HashMap<>();
    private final Map<DayShape, Integer> breakCounts = new HashMap<>();

    /** A day's whole sessions, and the routines it wanted but had to leave out. */
    record DaySessions(List<PlanEvent> events, List<RoutineId> missing, List<RoutineId> tooLong) {}

    /**
     * All that a day's micro-breaks depend on besides the settings, where the clocks do not change
     * near it: its weekday (work, yoga and lunch go by weekday), and for the day before, the day and
     * the day after, whether each is quiet and its relaxation lesson. Two such days hold as many
     * micro-breaks: their sessions and slots lie the same way around them.
     */
    private record DayShape(DayOfWeek weekday, List<Boolean> quiet, List<OptionalInt> lessons) {}

    DayPlanner(Settings settings, PlannedLengths lengths) {
        this.settings = settings;
        this.lengths = lengths;
    }

    /** The morning and evening sessions, the chair stretch and the relaxation lesson; none on a quiet day. */
    List<PlanEvent> sessions(LocalDate day) {
        return day(day).events();
    }

    DaySessions day(LocalDate day) {
        return sessionsByDay.computeIfAbsent(day, this::planSessions);
    }

    /**
     * How many micro-breaks a day holds: the size of {@link #breakSlots}, worked out once for every
     * shape of day, so that counting the breaks of years (the rotation counts from a fixed day) plans
     * a few days instead of every one.
     */
    int breakCount(LocalDate day) {
        return shapeOf(day)
                .map(shape -> breakCounts.computeIfAbsent(
                        shape, same -> breakSlots(day).size()))
                .orElseGet(() -> breakSlots(day).size());
    }

    /** The day's shape, or empty when the clocks change within two days of it (those days are planned). */
    private Optional<DayShape> shapeOf(LocalDate day) {
        Instant from = day.minusDays(2).atStartOfDay(settings.timeZone()).toInstant();
        Instant until = day.plusDays(4).atStartOfDay(settings.timeZone()).toInstant();
        ZoneOffsetTransition change = settings.timeZone().getRules().nextTransition(from);
        if (change != null && change.getInstant().isBefore(until)) {
            return Optional.empty();
        }
        List<Boolean> quiet = new ArrayList<>(3);
        List<OptionalInt> lessons = new ArrayList<>(3);
        for (LocalDate near = day.minusDays(1); !near.isAfter(day.plusDays(1)); near = near.plusDays(1)) {
            quiet.add(settings.isQuiet(near));
            lessons.add(RelaxationCourse.lessonOn(settings.relaxationStart(), near));
        }
        return Optional.of(new DayShape(day.getDayOfWeek(), quiet, lessons));
    }

    /** When the micro-breaks of a day start, in order; none on a quiet day or a day without work. */
    List<Instant> breakSlots(LocalDate day) {
        if (settings.isQuiet(day) || !settings.isWorkDay(day)) {
            return List.of();
        }
        Instant start = resolve(day, settings.workStart());
        Instant end = resolve(dayOf(day, settings.workEnd()), settings.workEnd());
        List<Instant> slots = new ArrayList<>();
        LunchBreak lunch = settings.lunch();
        if (lunch == null) {
            addSlots(slots, start, end);
        } else {
            addSlots(slots, start, resolve(dayOf(day, lunch.start()), lunch.start()));
            addSlots(slots, resolve(dayOf(day, lunch.end()), lunch.end()), end);
        }
        if (slots.isEmpty()) {
            return slots;
        }
        List<PlanEvent> nearby = new ArrayList<>(sessions(day.minusDays(1)));
        nearby.addAll(sessions(day));
        nearby.addAll(sessions(day.plusDays(1)));
        slots.removeIf(slot -> nearby.stream().anyMatch(session -> isNear(slot, session)));
        return slots;
    }

    PlanEvent event(LocalDate day, Instant at, EventKind kind, RoutineId routine, Planned planned) {
        OffsetDateTime local = OffsetDateTime.ofInstant(at, settings.timeZone());
        return new PlanEvent(day, local, kind, routine, planned.level(), planned.minutes());
    }

    /** A micro-break holding one break of the complex's cycle, at the settings' level. */
    PlanEvent event(LocalDate day, Instant at, DeskBreak deskBreak) {
        OffsetDateTime local = OffsetDateTime.ofInstant(at, settings.timeZone());
        return new PlanEvent(
                day,
                local,
                EventKind.MICRO_BREAK,
                PlanEngine.DESK_BREAK,
                settings.level(),
                PlannedLengths.minutes(deskBreak.length()),
                deskBreak);
    }

    private DaySessions planSessions(LocalDate day) {
        DaySessions sessions = new DaySessions(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (settings.isQuiet(day)) {
            return sessions;
        }
        Instant afterMorning = append(
                sessions,
                day,
                resolve(day, settings.morning()),
                EventKind.MORNING,
                ISOMETRIC_COMPLEX,
                lengths.at(ISOMETRIC_COMPLEX, settings.level()));
        append(
                sessions,
                day,
                afterMorning,
                EventKind.STRETCH,
                CHAIR_STRETCH,
                lengths.at(CHAIR_STRETCH, settings.level()));
        Instant afterEvening = append(
                sessions,
                day,
                resolve(day, settings.evening()),
                EventKind.EVENING,
                ISOMETRIC_COMPLEX,
                lengths.at(ISOMETRIC_COMPLEX, settings.level()));
        OptionalInt lesson = RelaxationCourse.lessonOn(settings.relaxationStart(), day);
        if (lesson.isPresent()) {
            RoutineId routine = RelaxationCourse.routine(lesson.getAsInt());
            append(
                    sessions,
                    day,
                    afterEvening,
                    EventKind.RELAXATION,
                    routine,
                    lengths.within(routine, settings.level(), RelaxationCourse.LONGEST_LESSON));
        }
        if (settings.week().yogaDays().contains(day.getDayOfWeek())) {
            append(
                    sessions,
                    day,
                    free(sessions, day, yogaTime(day)),
                    EventKind.YOGA,
                    YOGA,
                    lengths.at(YOGA, settings.level()));
        }
        LunchBreak lunch = settings.lunch();
        if (settings.week().lunchSession() && lunch != null && settings.isWorkDay(day)) {
            append(
                    sessions,
                    day,
                    resolve(dayOf(day, lunch.start()), lunch.start()),
                    EventKind.LUNCH,
                    LUNCH,
                    lengths.at(LUNCH, DosageLevel.GENTLE));
        }
        sessions.events().sort(TIME_ORDER);
        return new DaySessions(
                List.copyOf(sessions.events()), List.copyOf(sessions.missing()), List.copyOf(sessions.tooLong()));
    }

    /**
     * When yoga starts on one of its days: the chosen time, else right after work (on a day without
     * work, at the time work would end).
     */
    private Instant yogaTime(LocalDate day) {
        LocalTime chosen = settings.week().yogaTime();
        if (chosen != null) {
            return resolve(day, chosen);
        }
        return resolve(dayOf(day, settings.workEnd()), settings.workEnd());
    }

    /** The first instant from {@code at} on that no session of the day already holds. */
    private static Instant free(DaySessions sessions, LocalDate day, Instant at) {
        Instant start = at;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (PlanEvent event : sessions.events()) {
                Instant end = event.instant().plus(Duration.ofMinutes(event.minutes()));
                if (!start.isBefore(event.instant()) && start.isBefore(end)) {
                    start = end;
                    moved = true;
                }
            }
        }
        return start;
    }

    /** Add a session starting at {@code at} if it can be planned; return when the next one may start. */
    private Instant append(
            DaySessions sessions,
            LocalDate day,
            Instant at,
            EventKind kind,
            RoutineId routine,
            Optional<Planned> planned) {
        if (planned.isEmpty()) {
            (lengths.exists(routine, settings.level()) ? sessions.tooLong() : sessions.missing()).add(routine);
            return at;
        }
        sessions.events().add(event(day, at, kind, routine, planned.get()));
        return at.plus(Duration.ofMinutes(planned.get().minutes()));
    }

    private void addSlots(List<Instant> slots, Instant from, Instant until) {
        Duration every = Duration.ofMinutes(settings.breakEveryMinutes());
        for (Instant slot = from.plus(every); slot.isBefore(until); slot = slot.plus(every)) {
            slots.add(slot);
        }
    }

    private static boolean isNear(Instant slot, PlanEvent session) {
        Instant start = session.instant().minus(SESSION_GUARD);
        Instant end =
                session.instant().plus(Duration.ofMinutes(session.minutes())).plus(SESSION_GUARD);
        return !slot.isBefore(start) && slot.isBefore(end);
    }

    /** The date a time of the work day falls on: the next day for times before the start of a night shift. */
    private LocalDate dayOf(LocalDate day, LocalTime time) {
        return time.isBefore(settings.workStart()) ? day.plusDays(1) : day;
    }

    private Instant resolve(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, settings.timeZone()).toInstant();
    }
}
