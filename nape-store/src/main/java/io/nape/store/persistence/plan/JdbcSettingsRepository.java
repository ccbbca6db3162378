package io.nape.store.persistence.plan;

import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.person.PersonId;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SettingsRepository;
import io.nape.core.plan.WeekSessions;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import io.nape.store.persistence.RecordRows;
import io.nape.store.records.BreakRulesDescription;
import io.nape.store.records.WeekSessionsDescription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/** Keep one person's plan settings in one row: local times as HH:MM, dates as ISO, lists comma-separated. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private static final RecordRows<BreakRules> BREAKS = RecordRows.of(BreakRulesDescription.TYPE);
    private static final RecordRows<WeekSessions> WEEK = RecordRows.of(WeekSessionsDescription.TYPE);

    private final PersonScope scope;

    /** The settings of {@code person}. */
    public JdbcSettingsRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public Optional<Settings> find() {
        return scope.withHandle(handle -> handle.createQuery("SELECT * FROM plan_settings WHERE person_id = :person")
                .bind(PersonScope.PERSON, scope.id())
                .map((results, context) -> read(results))
                .findOne());
    }

    @Override
    public void save(Settings settings) {
        LunchBreak lunch = settings.lunch();
        scope.useHandle(handle -> {
            Update upsert = handle.createUpdate(
                            "INSERT INTO plan_settings (person_id, time_zone, work_days, work_start,"
                                    + " work_end, lunch_start, lunch_end, morning, evening, break_every_minutes, quiet_days,"
                                    + " level, relaxation_start, " + BREAKS.columns() + ", " + WEEK.columns() + ")"
                                    + " VALUES (:person, :zone, :workDays, :workStart, :workEnd, :lunchStart, :lunchEnd, :morning,"
                                    + " :evening, :breakEvery, :quietDays, :level, :relaxationStart, "
                                    + BREAKS.parameters()
                                    + ", " + WEEK.parameters() + ")"
                                    + " ON CONFLICT (person_id) DO UPDATE SET time_zone = excluded.time_zone,"
                                    + " work_days = excluded.work_days, work_start = excluded.work_start,"
                                    + " work_end = excluded.work_end, lunch_start = excluded.lunch_start,"
                                    + " lunch_end = excluded.lunch_end, morning = excluded.morning,"
                                    + " evening = excluded.evening, break_every_minutes = excluded.break_every_minutes,"
                                    + " quiet_days = excluded.quiet_days, level = excluded.level,"
                                    + " relaxation_start = excluded.relaxation_start, " + BREAKS.updatesFromExcluded()
                                    + ", "
                                    + WEEK.updatesFromExcluded())
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("zone", settings.timeZone().getId())
                    .bind(
                            "workDays",
                            settings.workDays().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .bind("workStart", settings.workStart().toString())
                    .bind("workEnd", settings.workEnd().toString())
                    .bind("lunchStart", lunch == null ? null : lunch.start().toString())
                    .bind("lunchEnd", lunch == null ? null : lunch.end().toString())
                    .bind("morning", settings.morning().toString())
                    .bind("evening", settings.evening().toString())
                    .bind("breakEvery", settings.breakEveryMinutes())
                    .bind(
                            "quietDays",
                            settings.quietDays().stream()
                                    .map(LocalDate::toString)
                                    .collect(Collectors.joining(",")))
                    .bind("level", settings.level().key())
                    .bind(
                            "relaxationStart",
                            settings.relaxationStart() == null
                                    ? null
                                    : settings.relaxationStart().toString());
            BREAKS.bind(upsert, settings.breaks(), false);
            WEEK.bind(upsert, settings.week(), false);
            upsert.execute();
        });
    }

    private static Settings read(ResultSet row) throws SQLException {
        try {
            String lunchStart = row.getString("lunch_start");
            String lunchEnd = row.getString("lunch_end");
            return new Settings(
                    ZoneId.of(row.getString("time_zone")),
                    days(row.getString("work_days")),
                    LocalTime.parse(row.getString("work_start")),
                    LocalTime.parse(row.getString("work_end")),
                    lunchStart == null || lunchEnd == null
                            ? null
                            : new LunchBreak(LocalTime.parse(lunchStart), LocalTime.parse(lunchEnd)),
                    LocalTime.parse(row.getString("morning")),
                    LocalTime.parse(row.getString("evening")),
                    row.getInt("break_every_minutes"),
                    dates(row.getString("quiet_days")),
                    DosageLevel.fromKey(row.getString("level")).orElseThrow(() -> unreadable(null)),
                    date(row.getString("relaxation_start")),
                    BREAKS.readByName(row),
                    WEEK.readByName(row));
        } catch (DateTimeException | IllegalArgumentException | InvalidSettingsException e) {
            throw unreadable(e);
        }
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(","))
                .filter(day -> !day.isBlank())
                .map(DayOfWeek::valueOf)
                .forEach(days::add);
        return days;
    }

    private static Set<LocalDate> dates(String text) {
        Set<LocalDate> dates = new TreeSet<>();
        Arrays.stream(text.split(","))
                .filter(day -> !day.isBlank())
                .map(LocalDate::parse)
                .forEach(dates::add);
        return dates;
    }

    private static @Nullable LocalTime time(@Nullable String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static NapeException unreadable(@Nullable Exception cause) {
        String message = "The stored settings cannot be read. Set them again with './nape settings set KEY VALUE'.";
        return cause == null ? new NapeException(message) : new NapeException(message, cause);
    }
}
