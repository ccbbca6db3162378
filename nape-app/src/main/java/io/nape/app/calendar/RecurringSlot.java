package io.nape.app.calendar;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.EventKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One recurring slot of the plan: the same kind of event at the same local time on a set of days of
 * the week, from a first plan day on, for a number of days or for good.
 *
 * @param routines the routine, or for a micro-break the routines that take turns in it
 * @param number the micro-break's place in the work day (1 for the first), or the relaxation lesson;
 *     0 for the other kinds
 * @param time the local time it starts
 * @param firstDay the plan day of its first occurrence
 * @param dayOffset 1 when it happens on the calendar day after its plan day (a night shift after
 *     midnight), else 0
 * @param days the days of the week it happens on, as calendar days
 * @param dayCount the number of plan days it lasts from {@code firstDay}, or null for good
 * @param minutes how long it lasts, the longest of its routines
 * @param level the dosage level it is played at
 */
record RecurringSlot(
        EventKind kind,
        List<RoutineId> routines,
        int number,
        LocalTime time,
        LocalDate firstDay,
        int dayOffset,
        Set<DayOfWeek> days,
        @Nullable Integer dayCount,
        int minutes,
        DosageLevel level) {
    /** The domain of every UID: the same slot always has the same UID, so a re-import updates it. */
    static final String UID_DOMAIN = "@nape.local";

    RecurringSlot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(level, "level");
        routines = List.copyOf(routines);
        days = copyOf(days);
        if (routines.isEmpty()) {
            throw new IllegalArgumentException("a slot needs a routine");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a slot needs a day of the week");
        }
        if (dayOffset < 0 || dayOffset > 1) {
            throw new IllegalArgumentException("dayOffset must be 0 or 1, was " + dayOffset);
        }
        if (dayCount != null && dayCount < 1) {
            throw new IllegalArgumentException("dayCount must be 1 or more, was " + dayCount);
        }
    }

    /** A stable id such as {@code morning@nape.local}, {@code micro-break-3@nape.local} or {@code yoga-1@nape.local}. */
    String uid() {
        String name =
                switch (kind) {
                    case MICRO_BREAK -> "micro-break-" + number;
                    case RELAXATION -> "relaxation-" + routines.get(0).value();
                    case STRETCH -> "chair-stretch";
                    case MORNING -> "morning";
                    case EVENING -> "evening";
                    case YOGA -> "yoga-" + number;
                    case LUNCH -> "lunch";
                };
        return name + UID_DOMAIN;
    }

    /**
     * This slot ending with plan day {@code last}; empty when it has no occurrence by then. Its
     * {@code dayCount} is then never null, and every slot that survives has an occurrence.
     */
    Optional<RecurringSlot> endingWith(LocalDate last) {
        long daysToLast = ChronoUnit.DAYS.between(firstDay, last) + 1;
        if (daysToLast < 1) {
            return Optional.empty();
        }
        int count = (int) Math.min(dayCount == null ? Integer.MAX_VALUE : dayCount, daysToLast);
        RecurringSlot ending =
                new RecurringSlot(kind, routines, number, time, firstDay, dayOffset, days, count, minutes, level);
        Integer occurrences = ending.occurrences(); // never null here: the ending slot has a day count
        return occurrences != null && occurrences == 0 ? Optional.empty() : Optional.of(ending);
    }

    /** How many times it happens, for a slot that ends; null for one that goes on for good. */
    @Nullable
    Integer occurrences() {
        if (dayCount == null) {
            return null;
        }
        int count = 0;
        for (int day = 0; day < dayCount; day++) {
            if (fallsOn(firstDay.plusDays(day))) {
                count++;
            }
        }
        return count;
    }

    /** The calendar date of the first occurrence. */
    LocalDate firstDate() {
        return firstDay.plusDays(dayOffset);
    }

    boolean everyDay() {
        return days.size() == DayOfWeek.values().length;
    }

    /** Whether the slot has an occurrence that belongs to this plan day. */
    boolean fallsOn(LocalDate planDay) {
        if (planDay.isBefore(firstDay) || (dayCount != null && !planDay.isBefore(firstDay.plusDays(dayCount)))) {
            return false;
        }
        return days.contains(planDay.plusDays(dayOffset).getDayOfWeek());
    }

    /** The calendar dates of the occurrences that belong to these plan days, in order. */
    List<LocalDate> datesOn(Collection<LocalDate> planDays) {
        return planDays.stream()
                .filter(this::fallsOn)
                .sorted()
                .map(day -> day.plusDays(dayOffset))
                .toList();
    }

    private static Set<DayOfWeek> copyOf(Set<DayOfWeek> days) {
        EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
        copy.addAll(days);
        return Collections.unmodifiableSet(copy);
    }
}
