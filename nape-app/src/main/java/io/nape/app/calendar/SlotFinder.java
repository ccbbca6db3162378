package io.nape.app.calendar;

import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.PlanNote;
import io.nape.core.plan.RelaxationCourse;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Find the recurring slots of a plan by asking the plan engine itself, so the calendar keeps the
 * engine's times instead of working them out a second time.
 *
 * <p>Model: the engine plans one reference week on the clock face (in UTC, which has no change of
 * clocks, with no quiet days and no relaxation course). Its events, grouped by kind, local time and
 * calendar-day offset, give the weekly slots: the days of the week each group falls on become the
 * slot's days. Micro-breaks are grouped without their routine, since the routines take turns and
 * the turn does not repeat on a weekly beat; the n-th break of the work day is slot n. Each
 * relaxation lesson is a slot of its own, the days it is taught, planned by the engine on its first
 * day. The calendar then reads these local times in the real time zone, where a time that does not
 * exist moves forward by the gap and a repeated time happens once, as in the engine.
 *
 * <p>Where the calendar and the plan may differ: on the day the clocks change, micro-breaks of work
 * that spans the change are spaced in elapsed time by the engine but in clock time by a calendar.
 */
final class SlotFinder {
    private static final int WEEK = 7;

    private final PlanEngine engine;
    private final RoutineLengths lengths;
    private final Set<PlanNote> notes = new LinkedHashSet<>();

    SlotFinder(RoutineLengths lengths) {
        this.lengths = lengths;
        this.engine = new PlanEngine(lengths);
    }

    /** The slots of the plan from {@code from} on, in the order of a day. */
    List<RecurringSlot> slots(Settings settings, LocalDate from) {
        List<RecurringSlot> slots = new ArrayList<>(weekly(settings, from));
        LocalDate start = settings.relaxationStart();
        if (start != null) {
            for (int lesson = 1; lesson <= RelaxationCourse.LESSONS; lesson++) {
                lesson(settings, start, lesson, from).ifPresent(slots::add);
            }
        }
        return slots;
    }

    /** What the engine had to leave out, such as a routine missing from the catalogue. */
    List<PlanNote> notes() {
        return List.copyOf(notes);
    }

    private List<RecurringSlot> weekly(Settings settings, LocalDate from) {
        Settings clockFace =
                settings.withTimeZone(ZoneOffset.UTC).withQuietDays(Set.of()).withRelaxationStart(null);
        Plan week = plan(clockFace, from, from.plusDays(WEEK - 1));
        Map<Key, List<PlanEvent>> groups = new LinkedHashMap<>();
        for (PlanEvent event : week.events()) {
            groups.computeIfAbsent(Key.of(event), key -> new ArrayList<>()).add(event);
        }
        List<RecurringSlot> slots = new ArrayList<>();
        int breakNumber = 0;
        int yogaNumber = 0;
        List<Map.Entry<Key, List<PlanEvent>>> inDayOrder = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Key.DAY_ORDER))
                .toList();
        for (Map.Entry<Key, List<PlanEvent>> group : inDayOrder) {
            Key key = group.getKey();
            List<PlanEvent> events = group.getValue();
            boolean isBreak = key.kind() == EventKind.MICRO_BREAK;
            List<RoutineId> routines =
                    isBreak ? deskTurn(settings, events) : List.of(events.get(0).routine());
            int number = isBreak ? ++breakNumber : key.kind() == EventKind.YOGA ? ++yogaNumber : 0;
            slots.add(weeklySlot(key, events, routines, number));
        }
        return slots;
    }

    /** A slot on the days of the week its events fall on, from the first of them, as long as the longest. */
    private static RecurringSlot weeklySlot(Key key, List<PlanEvent> events, List<RoutineId> routines, int number) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        events.forEach(event -> days.add(event.at().getDayOfWeek()));
        LocalDate firstDay = events.stream()
                .map(PlanEvent::day)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return new RecurringSlot(
                key.kind(),
                routines,
                number,
                key.time(),
                firstDay,
                key.dayOffset(),
                days,
                null,
                events.stream().mapToInt(PlanEvent::minutes).max().orElseThrow(),
                events.get(0).level());
    }

    /** The slot of one relaxation lesson from {@code from} on; empty when it is over or cannot be planned. */
    private Optional<RecurringSlot> lesson(Settings settings, LocalDate start, int lesson, LocalDate from) {
        LocalDate lessonStart = start.plusDays((long) RelaxationCourse.DAYS_PER_LESSON * (lesson - 1));
        @Nullable
        LocalDate lessonEnd =
                lesson < RelaxationCourse.LESSONS ? lessonStart.plusDays(RelaxationCourse.DAYS_PER_LESSON) : null;
        LocalDate firstDay = lessonStart.isBefore(from) ? from : lessonStart;
        if (lessonEnd != null && !firstDay.isBefore(lessonEnd)) {
            return Optional.empty();
        }
        Settings clockFace =
                settings.withTimeZone(ZoneOffset.UTC).withQuietDays(Set.of()).withWorkDays(Set.of());
        Optional<PlanEvent> taught = plan(clockFace, firstDay, firstDay).events().stream()
                .filter(event -> event.kind() == EventKind.RELAXATION)
                .findFirst();
        return taught.map(event -> new RecurringSlot(
                EventKind.RELAXATION,
                List.of(event.routine()),
                lesson,
                event.at().toLocalTime(),
                firstDay,
                (int) ChronoUnit.DAYS.between(firstDay, event.at().toLocalDate()),
                EnumSet.allOf(DayOfWeek.class),
                lessonEnd == null ? null : (int) ChronoUnit.DAYS.between(firstDay, lessonEnd),
                event.minutes(),
                event.level()));
    }

    private Plan plan(Settings settings, LocalDate from, LocalDate to) {
        Plan plan = engine.plan(settings, from, to);
        notes.addAll(plan.notes());
        return plan;
    }

    /**
     * What takes turns in a micro-break, as the engine picks it: the break cycle of the complex
     * ({@link PlanEngine#DESK_BREAK}), else the desk routines the catalogue has.
     */
    private List<RoutineId> deskTurn(Settings settings, List<PlanEvent> events) {
        if (events.stream().anyMatch(event -> event.deskBreak() != null)) {
            return List.of(PlanEngine.DESK_BREAK);
        }
        return PlanEngine.DESK_ROUTINES.stream()
                .filter(routine -> lengths.find(routine, settings.level()).isPresent())
                .toList();
    }

    /** What makes events one slot: kind, local time, calendar-day offset, and the routine but for breaks. */
    private record Key(
            EventKind kind,
            LocalTime time,
            int dayOffset,
            @Nullable RoutineId routine) {
        /** In the order of a work day: by calendar-day offset, then time. */
        static final Comparator<Key> DAY_ORDER =
                Comparator.comparingInt(Key::dayOffset).thenComparing(Key::time).thenComparing(Key::kind);

        static Key of(PlanEvent event) {
            int offset = (int) ChronoUnit.DAYS.between(event.day(), event.at().toLocalDate());
            RoutineId routine = event.kind() == EventKind.MICRO_BREAK ? null : event.routine();
            return new Key(event.kind(), event.at().toLocalTime(), offset, routine);
        }
    }
}
