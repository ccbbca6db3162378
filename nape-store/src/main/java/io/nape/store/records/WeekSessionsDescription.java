package io.nape.store.records;

import io.nape.core.plan.WeekSessions;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The week's sessions of the settings: the object {@code settings.week} of the data file, columns of {@code settings.csv}. */
public final class WeekSessionsDescription {
    /** Days as the settings file writes them: {@code MON} … {@code SUN}, in the order of the week. */
    public static final KeySet<DayOfWeek> DAYS =
            KeySet.inOrder(DayOfWeek.values(), WeekSessionsDescription::dayKey, WeekSessionsDescription::day);

    /** Days as the database keeps them: {@code MONDAY} … {@code SUNDAY}. */
    static final KeySet<DayOfWeek> DAY_NAMES =
            KeySet.inOrder(DayOfWeek.values(), DayOfWeek::name, WeekSessionsDescription::dayNamed);

    static final Field<WeekSessions, Set<DayOfWeek>> YOGA_DAYS = Field.keys("yogaDays", DAYS, WeekSessions::yogaDays)
            .column("yoga_days")
            .columnKeys(DAY_NAMES);
    static final Field<WeekSessions, LocalTime> YOGA_TIME =
            Field.time("yogaTime", WeekSessions::yogaTime).optional().column("yoga_time");
    static final Field<WeekSessions, Boolean> LUNCH_SESSION =
            Field.flag("lunchSession", WeekSessions::lunchSession).column("lunch_session");

    public static final RecordType<WeekSessions> TYPE = new RecordType<>(
            "week",
            "week",
            "plan_settings",
            List.of(YOGA_DAYS, YOGA_TIME, LUNCH_SESSION),
            values -> new WeekSessions(values.get(YOGA_DAYS), values.find(YOGA_TIME), values.get(LUNCH_SESSION)));

    private WeekSessionsDescription() {}

    private static String dayKey(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static Optional<DayOfWeek> dayNamed(String name) {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().equals(name))
                .findFirst();
    }

    private static Optional<DayOfWeek> day(String key) {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> dayKey(day).equals(key))
                .findFirst();
    }
}
