package io.nape.app.data;

import io.nape.app.text.Texts;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.DataExport;
import io.nape.store.records.BreakRulesDescription;
import io.nape.store.records.PainEntryDescription;
import io.nape.store.records.PsfsAnswerDescription;
import io.nape.store.records.SessionLogDescription;
import io.nape.store.records.WeekSessionsDescription;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
    public static List<String> write(DataExport.Rows rows, Path folder, Texts texts) {
        OwnerOnlyFiles.createFolder(folder, "--csv", texts);
        List<String> names = new ArrayList<>();
        table(texts, folder, names, "settings.csv", out -> settings(out, rows.settings()));
        table(texts, folder, names, "reminder-pause.csv", out -> {
            Table pause = new Table(out, "pausedUntil");
            if (rows.pausedUntil() != null) {
                pause.row(rows.pausedUntil());
            }
        });
        List<Screening> screenings = rows.screenings();
        table(texts, folder, names, "screenings.csv", out -> screenings(out, screenings));
        table(texts, folder, names, "screening-reasons.csv", out -> reasons(out, screenings));
        table(texts, folder, names, "pain-entries.csv", out -> {
            Table pain = new Table(out, RecordCsv.header(PainEntryDescription.TYPE));
            rows.forEachPainEntry(entry -> pain.row(RecordCsv.cells(PainEntryDescription.TYPE, entry)));
        });
        table(texts, folder, names, "session-logs.csv", out -> {
            Table sessions = new Table(out, RecordCsv.header(SessionLogDescription.TYPE));
            rows.forEachSessionLog(log -> sessions.row(RecordCsv.cells(SessionLogDescription.TYPE, log)));
        });
        table(texts, folder, names, "session-exercises.csv", out -> {
            List<String> header = new ArrayList<>(List.of("sessionId"));
            header.addAll(Arrays.asList(RecordCsv.header(SessionLogDescription.EXERCISES_TYPE)));
            Table exercises = new Table(out, header.toArray(String[]::new));
            rows.forEachSessionLog(log -> {
                for (ExerciseResult result : log.exercises()) {
                    List<@Nullable Object> cells = new ArrayList<>(List.of(Objects.requireNonNull(log.id())));
                    cells.addAll(Arrays.asList(RecordCsv.cells(SessionLogDescription.EXERCISES_TYPE, result)));
                    exercises.row(cells.toArray());
                }
            });
        });
        table(texts, folder, names, "psfs-ratings.csv", out -> {
            List<String> header = new ArrayList<>(List.of("answeredAt", "position"));
            header.addAll(Arrays.asList(RecordCsv.header(PsfsAnswerDescription.RATINGS_TYPE)));
            Table ratings = new Table(out, header.toArray(String[]::new));
            for (PsfsAnswer answer : rows.psfsAnswers()) {
                for (int position = 0; position < answer.ratings().size(); position++) {
                    List<@Nullable Object> cells = new ArrayList<>(List.of(answer.at(), position + 1));
                    cells.addAll(Arrays.asList(RecordCsv.cells(
                            PsfsAnswerDescription.RATINGS_TYPE, answer.ratings().get(position))));
                    ratings.row(cells.toArray());
                }
            }
        });
        table(texts, folder, names, "reminders.csv", out -> {
            Table reminders = new Table(
                    out, "eventDay", "eventAt", "kind", "routine", "level", "minutes", "outcome", "at", "detail");
            rows.forEachReminder(record -> {
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
            });
        });
        List<ProposalDecision> decisions = rows.programmeDecisions();
        table(texts, folder, names, "programme-decisions.csv", out -> ProgrammeDecisionCsv.decisions(out, decisions));
        table(texts, folder, names, "programme-flare-ups.csv", out -> ProgrammeDecisionCsv.flareUps(out, decisions));
        return List.copyOf(names);
    }

    /** What writes one table's rows. */
    private interface TableContent {
        void write(Writer out);
    }

    private static void table(Texts texts, Path folder, List<String> names, String name, TableContent content) {
        OwnerOnlyFiles.write(
                folder.resolve(name),
                "--csv",
                stream -> {
                    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    content.write(out);
                    out.flush();
                },
                texts);
        names.add(name);
    }

    private static void screenings(Writer out, List<Screening> screenings) {
        Table table = new Table(
                out,
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
        for (Screening screening : screenings) {
            SymptomReport report = screening.report();
            table.row(
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
        }
    }

    private static void reasons(Writer out, List<Screening> screenings) {
        Table table = new Table(out, "screeningId", "position", "rule", "level", "exercise", "says", "source");
        for (Screening screening : screenings) {
            List<Reason> fired = screening.result().reasons();
            for (int position = 0; position < fired.size(); position++) {
                Reason reason = fired.get(position);
                table.row(
                        screening.id(),
                        position,
                        reason.rule(),
                        reason.level().name(),
                        reason.exercise().name(),
                        reason.says(),
                        reason.source());
            }
        }
    }

    private static void settings(Writer out, @Nullable Settings settings) {
        List<String> header = new ArrayList<>(List.of(
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
                "relaxationStart"));
        header.addAll(Arrays.asList(RecordCsv.header(BreakRulesDescription.TYPE)));
        header.addAll(Arrays.asList(RecordCsv.header(WeekSessionsDescription.TYPE)));
        Table table = new Table(out, header.toArray(String[]::new));
        if (settings != null) {
            @Nullable LunchBreak lunch = settings.lunch();
            List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(
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
                    settings.relaxationStart()));
            cells.addAll(Arrays.asList(RecordCsv.cells(BreakRulesDescription.TYPE, settings.breaks())));
            cells.addAll(Arrays.asList(RecordCsv.cells(WeekSessionsDescription.TYPE, settings.week())));
            table.row(cells.toArray());
        }
    }

    private static <T> String list(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().collect(Collectors.joining(";"));
    }

    /** One CSV table written as it goes: a header and rows, each value with {@code toString}, null as empty. */
    static final class Table {
        private final Writer out;

        Table(Writer out, String... header) {
            this.out = out;
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
            try {
                out.write(fields.stream().map(Table::quoted).collect(Collectors.joining(",")));
                out.write("\r\n");
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
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
    }
}
