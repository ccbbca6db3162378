package io.nape.app.data;

import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.StoredData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Write one CSV file per table for spreadsheets: RFC 4180 (CRLF line ends, a header row, fields
 * with a comma, quote or line break in double quotes, quotes doubled), UTF-8. Lists inside a field
 * are separated by semicolons; times are UTC, as in the JSON export; an empty field is no value.
 */
public final class CsvTables {
    private CsvTables() {}

    /** Write every table into the folder, creating it if needed; return the file names written. */
    public static List<String> write(StoredData data, Path folder) {
        OwnerOnlyFiles.createFolder(folder, "--csv");
        Map<String, Table> tables = tables(data);
        for (Map.Entry<String, Table> table : tables.entrySet()) {
            OwnerOnlyFiles.write(
                    folder.resolve(table.getKey()), table.getValue().bytes(), "--csv");
        }
        return List.copyOf(tables.keySet());
    }

    static Map<String, Table> tables(StoredData data) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("settings.csv", settings(data.settings()));
        Table pause = new Table("pausedUntil");
        if (data.pausedUntil() != null) {
            pause.row(data.pausedUntil());
        }
        tables.put("reminder-pause.csv", pause);
        Table screenings = new Table(
                "id",
                "at",
                "age",
                "painLevel",
                "daysSinceOnset",
                "worsening",
                "onset",
                "signs",
                "conditions",
                "level",
                "exercise");
        Table reasons = new Table("screeningId", "position", "rule", "level", "exercise", "says", "source");
        for (Screening screening : data.screenings()) {
            SymptomReport report = screening.report();
            screenings.row(
                    screening.id(),
                    screening.at(),
                    report.age(),
                    report.painLevel(),
                    report.daysSinceOnset(),
                    report.worsening(),
                    report.onset().key(),
                    list(report.signs(), Sign::key),
                    list(report.conditions(), Condition::key),
                    screening.result().level().name(),
                    screening.result().exercise().name());
            List<Reason> fired = screening.result().reasons();
            for (int position = 0; position < fired.size(); position++) {
                Reason reason = fired.get(position);
                reasons.row(
                        screening.id(),
                        position,
                        reason.rule(),
                        reason.level().name(),
                        reason.exercise().name(),
                        reason.says(),
                        reason.source());
            }
        }
        tables.put("screenings.csv", screenings);
        tables.put("screening-reasons.csv", reasons);
        Table pain = new Table("id", "at", "pain", "where", "character", "stiffness", "note");
        for (PainEntry entry : data.painEntries()) {
            pain.row(
                    entry.id(),
                    entry.at(),
                    entry.pain(),
                    list(entry.where(), PainArea::key),
                    list(entry.character(), PainCharacter::key),
                    entry.stiffness(),
                    Table.asText(entry.note()));
        }
        tables.put("pain-entries.csv", pain);
        Table sessions = new Table("id", "routine", "level", "startedAt", "endedAt", "outcome");
        Table exercises = new Table("sessionId", "position", "exercise", "status");
        for (SessionLog log : data.sessionLogs()) {
            sessions.row(
                    log.id(),
                    log.routine().value(),
                    log.level().key(),
                    log.startedAt(),
                    log.endedAt(),
                    log.outcome().key());
            for (ExerciseResult result : log.exercises()) {
                exercises.row(
                        log.id(),
                        result.position(),
                        result.exercise().value(),
                        result.status().key());
            }
        }
        tables.put("session-logs.csv", sessions);
        tables.put("session-exercises.csv", exercises);
        Table reminders =
                new Table("eventDay", "eventAt", "kind", "routine", "level", "minutes", "outcome", "at", "detail");
        for (ReminderRecord record : data.reminders()) {
            PlanEvent event = record.event();
            reminders.row(
                    event.day(),
                    event.atText(),
                    event.kind().name(),
                    event.routine().value(),
                    event.level().key(),
                    event.minutes(),
                    record.outcome().key(),
                    record.at(),
                    record.detail());
        }
        tables.put("reminders.csv", reminders);
        return tables;
    }

    private static Table settings(@Nullable Settings settings) {
        Table table = new Table(
                "timeZone",
                "workDays",
                "workStart",
                "workEnd",
                "lunchStart",
                "lunchEnd",
                "morning",
                "evening",
                "breakEveryMinutes",
                "quietDays",
                "level",
                "relaxationStart");
        if (settings != null) {
            @Nullable LunchBreak lunch = settings.lunch();
            table.row(
                    settings.timeZone().getId(),
                    list(settings.workDays(), DayOfWeek::name),
                    settings.workStart(),
                    settings.workEnd(),
                    lunch == null ? null : lunch.start(),
                    lunch == null ? null : lunch.end(),
                    settings.morning(),
                    settings.evening(),
                    settings.breakEveryMinutes(),
                    list(settings.quietDays(), LocalDate::toString),
                    settings.level().key(),
                    settings.relaxationStart());
        }
        return table;
    }

    private static <T> String list(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().collect(Collectors.joining(";"));
    }

    /** One CSV table: a header and rows, each value written with {@code toString}, null as empty. */
    static final class Table {
        private final StringBuilder text = new StringBuilder();

        Table(String... header) {
            line(Arrays.asList(header));
        }

        void row(@Nullable Object... values) {
            List<String> fields = new ArrayList<>();
            for (Object value : values) {
                fields.add(value == null ? "" : value.toString());
            }
            line(fields);
        }

        private void line(List<String> fields) {
            text.append(fields.stream().map(Table::quoted).collect(Collectors.joining(",")))
                    .append("\r\n");
        }

        /**
         * Free text as a spreadsheet shows it, never runs it: a leading {@code = + - @}, tab or carriage
         * return would make a formula, so such text gets a leading apostrophe, which spreadsheets hide.
         */
        static String asText(String text) {
            return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        static String quoted(String field) {
            boolean needsQuotes = field.chars()
                            .anyMatch(character ->
                                    character == ',' || character == '"' || character == '\r' || character == '\n')
                    || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
            return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
        }

        String text() {
            return text.toString();
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
