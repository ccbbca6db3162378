package io.nape.core.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Count the sessions done of those planned in one week, Monday to Sunday.
 *
 * @param monday the week's first day
 */
public record WeekAdherence(LocalDate monday, Adherence adherence) {
    public WeekAdherence {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(adherence, "adherence");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("monday must be a Monday, was " + monday);
        }
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
