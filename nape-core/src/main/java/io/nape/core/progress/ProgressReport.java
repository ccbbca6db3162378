package io.nape.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tell whether the plan is followed and the pain goes down, as of one moment.
 *
 * @param today the local day of that moment
 * @param days every local day looked at, in order
 * @param weeks every week (Monday to Sunday) with a day looked at, in order; a week's figures sum
 *     its days
 */
public record ProgressReport(
        LocalDate today, List<DayAdherence> days, List<WeekAdherence> weeks, Streaks streaks, PainTrend pain) {
    public ProgressReport {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(streaks, "streaks");
        Objects.requireNonNull(pain, "pain");
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
    }

    public Optional<DayAdherence> day(LocalDate day) {
        return days.stream().filter(item -> item.day().equals(day)).findFirst();
    }

    /** The week that holds {@code day}, if any of its days was looked at. */
    public Optional<WeekAdherence> weekOf(LocalDate day) {
        return weeks.stream()
                .filter(week -> !day.isBefore(week.monday()) && !day.isAfter(week.sunday()))
                .findFirst();
    }
}
