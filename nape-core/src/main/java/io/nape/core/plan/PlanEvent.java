package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plan one session: when, what for, which routine at which level, and how many minutes it takes.
 *
 * @param day the plan day it belongs to; a night shift's events after midnight belong to the day it
 *     started
 * @param at the local start with its UTC offset, in whole minutes
 * @param level the level the routine is played at; a relaxation lesson may sit below the settings'
 *     level to stay within 15 minutes
 * @param minutes the routine's length at that level, rounded up
 * @param deskBreak what a micro-break cut from the isometric complex holds (its routine is then
 *     {@link PlanEngine#DESK_BREAK}); null for every other event
 */
public record PlanEvent(
        LocalDate day,
        OffsetDateTime at,
        EventKind kind,
        RoutineId routine,
        DosageLevel level,
        int minutes,
        @Nullable DeskBreak deskBreak) {
    /** How {@code at} is written: ISO local date-time in minutes with the offset, {@code 2026-03-30T10:00+02:00}. */
    public static final DateTimeFormatter AT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    /** An event that plays a whole routine. */
    public PlanEvent(
            LocalDate day, OffsetDateTime at, EventKind kind, RoutineId routine, DosageLevel level, int minutes) {
        this(day, at, kind, routine, level, minutes, null);
    }

    public PlanEvent {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(level, "level");
        if (at.getSecond() != 0 || at.getNano() != 0) {
            throw new IllegalArgumentException("at must be in whole minutes, was " + at);
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be 1 or more, was " + minutes);
        }
    }

    /** What the micro-break holds, when it is cut from the isometric complex. */
    public Optional<DeskBreak> findDeskBreak() {
        return Optional.ofNullable(deskBreak);
    }

    public Instant instant() {
        return at.toInstant();
    }

    /** {@code at} as written in JSON and in the key, such as {@code 2026-03-30T10:00+02:00}. */
    public String atText() {
        return AT_FORMAT.format(at);
    }

    /** Identify the event in stored reminder records, such as {@code 2026-03-30T10:00+02:00 MICRO_BREAK desk-a}. */
    public String key() {
        return atText() + " " + kind.name() + " " + routine.value();
    }
}
