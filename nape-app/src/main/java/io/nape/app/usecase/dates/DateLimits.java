package io.nape.app.usecase.dates;

import io.nape.core.plan.PlanEngine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Read and check the dates a person gives, for every edge alike. Each check names the option or
 * field as the edge calls it ({@code --from}, {@code "from"}), shows dates only as dates (never the
 * text that was typed), and says what to give instead.
 */
public final class DateLimits {
    /**
     * How far from today a first day may be, in years either way: a plan further off means nothing
     * to a person, and a year such as 0000 or 9999 made the calendar work for minutes.
     */
    public static final int MAX_YEARS_FROM_TODAY = 10;

    /** The longest range of days, both ends included: a year, as the plan engine allows. */
    public static final int MAX_DAYS = PlanEngine.MAX_DAYS;

    /**
     * The earliest date the settings may hold (a quiet day, the start of the relaxation course). A
     * setting is read again for years, so its window is fixed rather than counted from today: any
     * date a person could mean, and none near the ends of the calendar, where adding a few days
     * fails.
     */
    public static final LocalDate EARLIEST_SETTING_DATE = LocalDate.of(1900, 1, 1);

    /** The latest date the settings may hold; see {@link #EARLIEST_SETTING_DATE}. */
    public static final LocalDate LATEST_SETTING_DATE = LocalDate.of(2999, 12, 31);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final int LONGEST_DATE = "+999999999-12-31".length();

    private DateLimits() {}

    /** The date {@code text} names, written YYYY-MM-DD; {@code name} is the option or field, as the edge calls it. */
    public static LocalDate parse(String name, String text) {
        String trimmed = text.trim();
        if (trimmed.length() <= LONGEST_DATE) {
            try {
                return LocalDate.parse(trimmed, DATE);
            } catch (DateTimeParseException wrong) {
                // said below, without the text
            }
        }
        throw new DateOutOfRangeException(name + " must be a date written YYYY-MM-DD, such as 2026-03-30.")
                .withText("problem.date.notADate", "name", name);
    }

    /** Whether a date may be held in the settings: from {@link #EARLIEST_SETTING_DATE} to {@link #LATEST_SETTING_DATE}. */
    public static boolean isSettingDate(LocalDate date) {
        return !date.isBefore(EARLIEST_SETTING_DATE) && !date.isAfter(LATEST_SETTING_DATE);
    }

    /** Refuse a first day more than {@value #MAX_YEARS_FROM_TODAY} years from {@code today}. */
    public static void checkFirst(LocalDate today, LocalDate first, String name) {
        LocalDate earliest = today.minusYears(MAX_YEARS_FROM_TODAY);
        LocalDate latest = today.plusYears(MAX_YEARS_FROM_TODAY);
        if (first.isBefore(earliest) || first.isAfter(latest)) {
            throw new DateOutOfRangeException(name + " " + first + " is more than " + MAX_YEARS_FROM_TODAY
                            + " years from today; give a date from " + earliest + " to " + latest + ".")
                    .withText(
                            "problem.date.tooFar",
                            "name",
                            name,
                            "date",
                            first.toString(),
                            "years",
                            MAX_YEARS_FROM_TODAY,
                            "earliest",
                            earliest.toString(),
                            "latest",
                            latest.toString());
        }
    }

    /**
     * Refuse a range whose first day is too far from {@code today} ({@link #checkFirst}), whose last
     * day is before its first, or that covers more than {@value #MAX_DAYS} days.
     */
    public static void checkRange(LocalDate today, LocalDate first, LocalDate last, String fromName, String toName) {
        checkFirst(today, first, fromName);
        if (last.isBefore(first)) {
            throw new DateOutOfRangeException(toName + " " + last + " is before " + fromName + " " + first + "; give a "
                            + toName + " on or after " + fromName + ".")
                    .withText(
                            "problem.date.endBeforeStart",
                            "toName",
                            toName,
                            "last",
                            last.toString(),
                            "fromName",
                            fromName,
                            "first",
                            first.toString());
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new DateOutOfRangeException("A plan covers at most " + MAX_DAYS + " days, and " + fromName + " "
                            + first + " " + toName + " " + last + " is " + days + "; give a shorter range.")
                    .withText(
                            "problem.date.tooLong",
                            "max",
                            MAX_DAYS,
                            "fromName",
                            fromName,
                            "first",
                            first.toString(),
                            "toName",
                            toName,
                            "last",
                            last.toString(),
                            "days",
                            days);
        }
    }

    /**
     * Refuse a span whose ends are not both within {@value #MAX_YEARS_FROM_TODAY} years of {@code
     * today} or whose last day is before its first; for reading what was stored, where a span may be
     * longer than a year.
     */
    public static void checkSpan(LocalDate today, LocalDate first, LocalDate last, String fromName, String toName) {
        checkFirst(today, last, toName);
        checkFirst(today, first, fromName);
        if (last.isBefore(first)) {
            throw new DateOutOfRangeException(fromName + " " + first + " is after " + toName + " " + last + "; give a "
                            + fromName + " on or before " + toName + ".")
                    .withText(
                            "problem.date.startAfterEnd",
                            "fromName",
                            fromName,
                            "first",
                            first.toString(),
                            "toName",
                            toName,
                            "last",
                            last.toString());
        }
    }
}
