package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Hold when a person works and exercises; the plan engine's only source of times.
 *
 * <p>Work hours may cross midnight (a night shift such as 22:00–06:00); they then belong to the day
 * they start. The lunch break, if any, lies inside the work hours. Times are whole minutes.
 *
 * @param timeZone where the local times below are read
 * @param workDays the days on which work starts; micro-breaks are planned on these only
 * @param lunch the lunch break, or null for none
 * @param breakEveryMinutes minutes of work between two micro-breaks, {@value #MIN_BREAK_EVERY_MINUTES} to
 *     {@value #MAX_BREAK_EVERY_MINUTES}
 * @param quietDays dates with no events at all (holidays, sick days)
 * @param level the dosage level every session is planned at
 * @param relaxationStart the day of the first progressive-relaxation lesson, or null to plan none
 * @param breaks how long a micro-break lasts and how presence bends the reminders
 * @param week yoga for the neck on chosen days, and the light routine at lunch
 */
public record Settings(
        ZoneId timeZone,
        Set<DayOfWeek> workDays,
        LocalTime workStart,
        LocalTime workEnd,
        @Nullable LunchBreak lunch,
        LocalTime morning,
        LocalTime evening,
        int breakEveryMinutes,
        Set<LocalDate> quietDays,
        DosageLevel level,
        @Nullable LocalDate relaxationStart,
        BreakRules breaks,
        WeekSessions week) {
    public static final int MIN_BREAK_EVERY_MINUTES = 15;
    public static final int MAX_BREAK_EVERY_MINUTES = 240;
    /** The longest night shift: a longer span across midnight is taken for a typing mistake. */
    public static final Duration MAX_NIGHT_SHIFT = Duration.ofHours(16);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MINUTES_PER_DAY = 24 * 60;

    public Settings {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(workStart, "workStart");
        Objects.requireNonNull(workEnd, "workEnd");
        Objects.requireNonNull(morning, "morning");
        Objects.requireNonNull(evening, "evening");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(breaks, "breaks");
        Objects.requireNonNull(week, "week");
        workDays = copyOfDays(workDays);
        quietDays = Collections.unmodifiableSet(new TreeSet<>(quietDays));
        requireWholeMinutes("workStart", workStart);
        requireWholeMinutes("workEnd", workEnd);
        requireWholeMinutes("morning", morning);
        requireWholeMinutes("evening", evening);
        if (breakEveryMinutes < MIN_BREAK_EVERY_MINUTES || breakEveryMinutes > MAX_BREAK_EVERY_MINUTES) {
            throw new InvalidSettingsException("\"breakEveryMinutes\" must be from " + MIN_BREAK_EVERY_MINUTES + " to "
                            + MAX_BREAK_EVERY_MINUTES + " minutes, was " + breakEveryMinutes + ".")
                    .withText(
                            "settings.problem.minutesOutOfRange",
                            "setting",
                            "breakEveryMinutes",
                            "min",
                            MIN_BREAK_EVERY_MINUTES,
                            "max",
                            MAX_BREAK_EVERY_MINUTES,
                            "value",
                            breakEveryMinutes);
        }
        requireSensibleWorkHours(workStart, workEnd);
        if (lunch != null) {
            requireLunchInsideWork(lunch, workStart, workEnd);
        }
        if (morning.equals(evening)) {
            throw new InvalidSettingsException(
                            "\"morning\" and \"evening\" must be different times, both were " + text(morning) + ".")
                    .withText("settings.problem.sameSessionTimes", "time", text(morning));
        }
    }

    /** Settings with the default breaks and week sessions. */
    public Settings(
            ZoneId timeZone,
            Set<DayOfWeek> workDays,
            LocalTime workStart,
            LocalTime workEnd,
            @Nullable LunchBreak lunch,
            LocalTime morning,
            LocalTime evening,
            int breakEveryMinutes,
            Set<LocalDate> quietDays,
            DosageLevel level,
            @Nullable LocalDate relaxationStart) {
        this(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                BreakRules.defaults(),
                WeekSessions.defaults());
    }

    /**
     * The defaults: Monday to Friday 09:00–18:00, lunch 13:00–14:00, morning 07:30, evening 21:00, a
     * micro-break of at most 2 minutes every 60 minutes, level standard, no quiet days and no relaxation
     * lessons, yoga on Monday, Wednesday and Friday after work, no lunch routine.
     */
    public static Settings defaults(ZoneId timeZone) {
        return new Settings(
                timeZone,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                new LunchBreak(LocalTime.of(13, 0), LocalTime.of(14, 0)),
                LocalTime.of(7, 30),
                LocalTime.of(21, 0),
                60,
                Set.of(),
                DosageLevel.GENTLE,
                null);
    }

    /** Whether work ends on the day after it starts. */
    public boolean crossesMidnight() {
        return !workEnd.isAfter(workStart);
    }

    /** How long a work day lasts on the clock face (a daylight-saving change may add or take an hour). */
    public Duration workLength() {
        return Duration.ofMinutes(minutesAfterWorkStart(workEnd, workStart));
    }

    /** Whether work starts on this day by the day of the week, quiet or not. */
    public boolean isWorkDay(LocalDate day) {
        return workDays.contains(day.getDayOfWeek());
    }

    public boolean isQuiet(LocalDate day) {
        return quietDays.contains(day);
    }

    public Settings withTimeZone(ZoneId newTimeZone) {
        return new Settings(
                newTimeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withWorkDays(Collection<DayOfWeek> newWorkDays) {
        return new Settings(
                timeZone,
                copyOfDays(newWorkDays),
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                week);
    }

    /** Change the work hours and the lunch break together, since the lunch must lie inside the work hours. */
    public Settings withWork(LocalTime newStart, LocalTime newEnd, @Nullable LunchBreak newLunch) {
        return new Settings(
                timeZone,
                workDays,
                newStart,
                newEnd,
                newLunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withSessions(LocalTime newMorning, LocalTime newEvening) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                newMorning,
                newEvening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withBreakEveryMinutes(int minutes) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                minutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withQuietDays(Collection<LocalDate> newQuietDays) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                Set.copyOf(newQuietDays),
                level,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withLevel(DosageLevel newLevel) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                newLevel,
                relaxationStart,
                breaks,
                week);
    }

    public Settings withRelaxationStart(@Nullable LocalDate newStart) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                newStart,
                breaks,
                week);
    }

    public Settings withBreaks(BreakRules newBreaks) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                newBreaks,
                week);
    }

    public Settings withWeek(WeekSessions newWeek) {
        return new Settings(
                timeZone,
                workDays,
                workStart,
                workEnd,
                lunch,
                morning,
                evening,
                breakEveryMinutes,
                quietDays,
                level,
                relaxationStart,
                breaks,
                newWeek);
    }

    /** A time as people write it, such as {@code 09:00}. */
    static String text(LocalTime time) {
        return TIME.format(time);
    }

    private static Set<DayOfWeek> copyOfDays(Collection<DayOfWeek> days) {
        EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
        copy.addAll(days);
        return Collections.unmodifiableSet(copy);
    }

    private static void requireWholeMinutes(String key, LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new InvalidSettingsException(
                            "\"" + key + "\" must be a time in whole minutes such as 09:00, was " + time + ".")
                    .withText(
                            "settings.problem.wholeMinutes",
                            "setting",
                            key,
                            "example",
                            "09:00",
                            "value",
                            time.toString());
        }
    }

    private static void requireSensibleWorkHours(LocalTime start, LocalTime end) {
        if (start.equals(end)) {
            throw new InvalidSettingsException("\"workEnd\" must differ from \"workStart\", both were " + text(start)
                            + "; give the time work ends, such as 18:00.")
                    .withText("settings.problem.sameWorkTimes", "time", text(start));
        }
        long minutes = minutesAfterWorkStart(end, start);
        if (end.isBefore(start) && minutes > MAX_NIGHT_SHIFT.toMinutes()) {
            throw new InvalidSettingsException("\"workEnd\" " + text(end) + " is before \"workStart\" " + text(start)
                            + ", which would be a night shift of " + (minutes / 60)
                            + " hours; give a \"workEnd\" after "
                            + "\"workStart\", or a night shift of at most " + MAX_NIGHT_SHIFT.toHours()
                            + " hours such as 22:00–06:00.")
                    .withText(
                            "settings.problem.nightShiftTooLong",
                            "end",
                            text(end),
                            "start",
                            text(start),
                            "hours",
                            minutes / 60,
                            "maxHours",
                            MAX_NIGHT_SHIFT.toHours());
        }
    }

    private static void requireLunchInsideWork(LunchBreak lunch, LocalTime start, LocalTime end) {
        long span = minutesAfterWorkStart(end, start);
        long lunchStart = minutesAfterWorkStart(lunch.start(), start);
        long lunchEnd = minutesAfterWorkStart(lunch.end(), start);
        if (lunch.start().equals(lunch.end())) {
            throw new InvalidSettingsException(
                            "\"lunch\" must end after it starts, was " + lunch + "; give a break such as 13:00–14:00.")
                    .withText("settings.problem.lunchEndsBeforeStart", "lunch", lunch.toString());
        }
        if (lunchStart >= span || lunchEnd == 0 || lunchEnd > span) {
            throw new InvalidSettingsException("\"lunch\" " + lunch + " must lie inside the work hours " + text(start)
                            + "–" + text(end) + ".")
                    .withText(
                            "settings.problem.lunchOutsideWork",
                            "lunch",
                            lunch.toString(),
                            "start",
                            text(start),
                            "end",
                            text(end));
        }
        if (lunchEnd <= lunchStart) {
            throw new InvalidSettingsException(
                            "\"lunch\" must end after it starts, was " + lunch + "; give a break such as 13:00–14:00.")
                    .withText("settings.problem.lunchEndsBeforeStart", "lunch", lunch.toString());
        }
    }

    /** Minutes from the start of work to a time of day, going forward past midnight if need be. */
    static long minutesAfterWorkStart(LocalTime time, LocalTime workStart) {
        int minutes = (time.toSecondOfDay() - workStart.toSecondOfDay()) / 60;
        return Math.floorMod(minutes, MINUTES_PER_DAY);
    }
}
