package io.nape.app.usecase.plan;

import io.nape.core.NapeException;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Find the planned micro-break a person means by "the break": the one due now (the latest that
 * started no more than a break interval ago), else the next one within a week.
 */
public final class DueBreak {
    /** How far ahead the next break is looked for. */
    static final int DAYS_AHEAD = 7;

    private DueBreak() {}

    /**
     * The micro-break due at {@code now} or the next one; it holds pieces of the complex.
     *
     * @throws NapeException when no micro-break cut from the complex lies within {@value #DAYS_AHEAD} days
     */
    public static PlanEvent at(RoutineLengths lengths, Settings settings, Instant now) {
        return find(lengths, settings, now).orElseThrow(() -> new NapeException(
                        "no micro-break is planned from " + now + " for " + DAYS_AHEAD + " days")
                .withText("plan.break.noneDue", "days", DAYS_AHEAD));
    }

    /**
     * The planned micro-break that starts at {@code at}, written as the plan writes it
     * ({@code 2026-03-30T10:00+02:00}).
     *
     * @throws NapeException when {@code at} is not such a time or no micro-break cut from the complex starts then
     */
    public static PlanEvent plannedAt(RoutineLengths lengths, Settings settings, String at) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(at, PlanEvent.AT_FORMAT);
        } catch (DateTimeParseException notATime) {
            throw new NapeException("at must be a time such as 2026-03-30T10:00+02:00, was " + at)
                    .withText("plan.break.notATime", "example", "2026-03-30T10:00+02:00");
        }
        LocalDate day = time.atZoneSameInstant(settings.timeZone()).toLocalDate();
        return new PlanEngine(lengths)
                .plan(settings, day.minusDays(1), day).events().stream()
                        .filter(event ->
                                event.deskBreak() != null && event.instant().equals(time.toInstant()))
                        .findFirst()
                        .orElseThrow(() -> new NapeException("no micro-break is planned at " + at)
                                .withText("plan.break.notPlanned", "at", at));
    }

    static Optional<PlanEvent> find(RoutineLengths lengths, Settings settings, Instant now) {
        LocalDate today = now.atZone(settings.timeZone()).toLocalDate();
        Plan plan = new PlanEngine(lengths).plan(settings, today.minusDays(1), today.plusDays(DAYS_AHEAD));
        List<PlanEvent> breaks = plan.events().stream()
                .filter(event -> event.deskBreak() != null)
                .toList();
        Duration interval = Duration.ofMinutes(settings.breakEveryMinutes());
        Optional<PlanEvent> due = breaks.stream()
                .filter(event -> !event.instant().isAfter(now)
                        && now.isBefore(event.instant().plus(interval)))
                .reduce((earlier, later) -> later);
        return due.or(() ->
                breaks.stream().filter(event -> event.instant().isAfter(now)).findFirst());
    }
}
