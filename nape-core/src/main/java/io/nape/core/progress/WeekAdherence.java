package io.nape.core.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Count the sessions done of those planned in one week, Monday to Sunday, and the events by where
 * they stand.
 *
 * @param monday the week's first day
 * @param counts the events by state; its done and due agree with {@code adherence}
 */
public record WeekAdherence(LocalDate monday, Adherence adherence, StateCounts counts) {
    public WeekAdherence {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(adherence, "adherence");
        Objects.requireNonNull(counts, "counts");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("monday must be a Monday, was " + monday);
        }
        if (counts.done() != adherence.done() || counts.due() != adherence.due()) {
            throw new IllegalArgumentException("counts must agree with adherence, was done " + counts.done()
                    + " and due " + counts.due() + " against " + adherence);
        }
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
