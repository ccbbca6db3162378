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
 * @param leftOut the exercises of the complex too long for one micro-break even alone (at 1 minute,
 *     every press); they stay in the morning and evening sessions
 */
public record Plan(
        LocalDate from, LocalDate to, List<PlanEvent> events, List<PlanNote> notes, List<BreakPiece> leftOut) {
    public Plan(LocalDate from, LocalDate to, List<PlanEvent> events, List<PlanNote> notes) {
        this(from, to, events, notes, List.of());
    }

    public Plan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        events = List.copyOf(events);
        notes = List.copyOf(notes);
        leftOut = List.copyOf(leftOut);
    }

    /** Whether some micro-break holds pieces of the complex rather than a whole desk routine. */
    public boolean hasDeskBreaks() {
        return events.stream().anyMatch(event -> event.deskBreak() != null);
    }

    /** The events of one plan day, in time order. */
    public List<PlanEvent> eventsOn(LocalDate day) {
        return events.stream().filter(event -> event.day().equals(day)).toList();
    }
}
