package io.nape.core.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of the week beyond the daily ones: yoga for the neck, and a light routine at lunch.
 *
 * @param yogaDays the days yoga for the neck is planned; the source asks for at least three a week
 * @param yogaTime when on those days, or null for right after work (on a day without work, at the
 *     time work would end)
 * @param lunchSession whether a light routine is offered in the lunch break of a working day
 */
public record WeekSessions(
        Set<DayOfWeek> yogaDays, @Nullable LocalTime yogaTime, boolean lunchSession) {
    /** The source: yoga for the neck at least three times a week. */
    public static final int MIN_YOGA_DAYS = 3;

    public WeekSessions {
        EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
        copy.addAll(yogaDays);
        yogaDays = Collections.unmodifiableSet(copy);
        if (yogaDays.size() < MIN_YOGA_DAYS) {
            throw new InvalidSettingsException("\"yogaDays\" must name at least " + MIN_YOGA_DAYS
                            + " days, since yoga for the neck is meant at least three times a week; was "
                            + yogaDays.size() + ".")
                    .withText("settings.problem.tooFewYogaDays", "min", MIN_YOGA_DAYS, "count", yogaDays.size());
        }
        if (yogaTime != null && (yogaTime.getSecond() != 0 || yogaTime.getNano() != 0)) {
            throw new InvalidSettingsException(
                            "\"yogaTime\" must be a time in whole minutes such as 18:30, was " + yogaTime + ".")
                    .withText(
                            "settings.problem.wholeMinutes",
                            "setting",
                            "yogaTime",
                            "example",
                            "18:30",
                            "value",
                            yogaTime.toString());
        }
    }

    /** Yoga on Monday, Wednesday and Friday right after work; no lunch routine. */
    public static WeekSessions defaults() {
        return new WeekSessions(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), null, false);
    }

    public WeekSessions withYogaDays(Collection<DayOfWeek> days) {
        return new WeekSessions(Set.copyOf(days), yogaTime, lunchSession);
    }

    public WeekSessions withYogaTime(@Nullable LocalTime time) {
        return new WeekSessions(yogaDays, time, lunchSession);
    }

    public WeekSessions withLunchSession(boolean on) {
        return new WeekSessions(yogaDays, yogaTime, on);
    }
}
