package io.nape.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Hold the events planned for a range of days, in time order.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param notes what the plan had to leave out and why, such as a routine missing from the catalogue
 */
public record Plan(LocalDate from, LocalDate to, List<PlanEvent> events, List<String> notes) {
    public Plan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** The events of one plan day, in time order. */
    public List<PlanEvent> eventsOn(LocalDate day) {
        return events.stream().filter(event -> event.day().equals(day)).toList();
    }
}
