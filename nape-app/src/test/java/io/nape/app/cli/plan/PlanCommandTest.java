package io.nape.app.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.json.JsonOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class PlanCommandTest {
    @TempDir
    Path home;

    private Path settings(String json) throws IOException {
        return Files.writeString(home.resolve("settings.json"), json, StandardCharsets.UTF_8);
    }

    private Path berlin() throws IOException {
        return settings("{\"timeZone\": \"Europe/Berlin\", \"level\": \"standard\"}");
    }

    private JsonNode planJson(Path settings, String from, String to) {
        CliRun run = CliRun.run(home, "plan", "--from", from, "--to", to, "--settings", settings.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonOutput.mapper().readTree(run.out());
    }

    /** The standard-level length of a routine in whole minutes, as {@code routines --json} gives it. */
    private long minutesOf(String routine) {
        for (JsonNode node : JsonOutput.mapper()
                .readTree(CliRun.run(home, "routines", "--json").out())) {
            if (node.get("id").asString().equals(routine)) {
                return (node.get("lengthMs").get("standard").asLong() + 59_999) / 60_000;
            }
        }
        throw new AssertionError("no routine " + routine);
    }

    @Test
    void printsEventsAsJsonWithExactlyAtKindRoutineMinutesAndPieces() throws IOException {
        JsonNode events = planJson(berlin(), "2026-03-30", "2026-03-30");

        assertThat(events.isArray()).isTrue();
        for (JsonNode event : events) {
            assertThat(event.propertyNames()).containsExactly("at", "kind", "routine", "minutes", "pieces");
            assertThat(event.get("pieces").isEmpty())
                    .as("pieces of %s", event)
                    .isEqualTo(!event.get("kind").asString().equals("MICRO_BREAK"));
            assertThat(event.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
            assertThat(event.get("kind").asString())
                    .isIn("MORNING", "MICRO_BREAK", "EVENING", "STRETCH", "RELAXATION", "YOGA", "LUNCH");
            assertThat(event.get("minutes").isInt()).isTrue();
        }
        JsonNode first = events.get(0);
        assertThat(first.get("at").asString()).isEqualTo("2026-03-30T07:30+02:00");
        assertThat(first.get("kind").asString()).isEqualTo("MORNING");
        assertThat(first.get("routine").asString()).isEqualTo("isometric-complex");
        assertThat(first.get("minutes").asLong()).isEqualTo(minutesOf("isometric-complex"));
    }

    @Test
    void ordersEventsInTimeAcrossTheSpringForwardWeekend() throws IOException {
        JsonNode events = planJson(berlin(), "2026-03-27", "2026-03-30");

        List<String> ats = new ArrayList<>();
        events.forEach(event -> ats.add(event.get("at").asString()));
        assertThat(ats).contains("2026-03-28T07:30+01:00", "2026-03-29T07:30+02:00", "2026-03-30T21:00+02:00");
        assertThat(ats.stream().map(at -> OffsetDateTime.parse(at).toInstant()).toList())
                .isSorted();
    }

    @Test
    void fillsEachMicroBreakWithPiecesOfTheComplexNeverSharingOneWithTheBreakBefore() throws IOException {
        JsonNode events = planJson(berlin(), "2026-03-30", "2026-04-03");

        List<List<String>> breaks = new ArrayList<>();
        events.forEach(event -> {
            if (event.get("kind").asString().equals("MICRO_BREAK")) {
                assertThat(event.get("routine").asString()).isEqualTo("desk-break");
                assertThat(event.get("minutes").asInt()).isLessThanOrEqualTo(2);
                List<String> exercises = new ArrayList<>();
                long seconds = 0;
                for (JsonNode piece : event.get("pieces")) {
                    exercises.add(piece.get("exercise").asString());
                    assertThat(piece.get("sides").asString()).isIn("both", "left", "right", "none");
                    seconds += piece.get("seconds").asLong();
                }
                assertThat(seconds).isLessThanOrEqualTo(120);
                breaks.add(exercises);
            }
        });
        assertThat(breaks).hasSize(30);
        for (int index = 1; index < breaks.size(); index++) {
            assertThat(breaks.get(index)).doesNotContainAnyElementsOf(breaks.get(index - 1));
        }
    }

    @Test
    void saysWhatEachBreakHoldsAndWhyInEnglishAndRussian() throws IOException {
        CliRun run = CliRun.run(
                home, "plan", "--from", "2026-03-30", "--to", "2026-03-31", "--settings", berlin().toString());
        CliRun russian = CliRun.run(
                home,
                "--lang",
                "ru",
                "plan",
                "--from",
                "2026-03-30",
                "--to",
                "2026-03-31",
                "--settings",
                berlin().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("\n  10:00 \\+02:00 +Micro-break +desk-break +2 min\n +exercise 1: 1 min 25 s\n")
                .containsPattern("\n +exercise 3, left side: 1 min \\d+ s\n")
                .containsPattern("\n +exercises 6 \\(left side\\) and 7: 1 min \\d+ s\n");
        assertThat(run.out())
                .as("below the table: how the breaks are filled is part of the plan")
                .contains("\nEach micro-break holds the next few exercises of the isometric complex, in turn,"
                        + " at most 2 min");
        assertThat(run.err()).as("no problem to report").isEmpty();
        assertThat(russian.out()).containsPattern("\n +упражнение 3, левая сторона: 1 мин \\d+ с\n");
        assertThat(russian.out()).contains("утреннее и вечернее занятия остаются полным комплексом");
    }

    @Test
    void plansTheRelaxationLessonAndQuietDaysFromTheSettingsFile() throws IOException {
        Path file = settings("{\"timeZone\": \"America/New_York\", \"quietDays\": [\"2026-03-31\"],"
                + " \"relaxationStart\": \"2026-03-30\", \"morning\": \"06:45\"}");

        JsonNode events = planJson(file, "2026-03-30", "2026-03-31");

        List<String> ats = new ArrayList<>();
        events.forEach(event -> ats.add(event.get("at").asString()));
        assertThat(ats).first().isEqualTo("2026-03-30T06:45-04:00");
        assertThat(ats).noneMatch(at -> at.startsWith("2026-03-31"));
    }

    @Test
    void printsAReadableTableDayByDay() throws IOException {
        CliRun run = CliRun.run(
                home, "plan", "--from", "2026-03-28", "--to", "2026-03-30", "--settings", berlin().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Plan for 2026-03-28 to 2026-03-30 (Europe/Berlin)\n\nSat 2026-03-28\n")
                .contains("\nSun 2026-03-29\n", "\nMon 2026-03-30\n")
                .containsPattern("\n  07:30 \\+01:00 +Morning session +isometric-complex +\\d+ min\n")
                .containsPattern("\n  10:00 \\+02:00 +Micro-break +desk-break +\\d+ min\n");
    }

    @Test
    void plansOneDayWhenOnlyFromIsGiven() throws IOException {
        JsonNode events = planJson(berlin(), "2026-03-30", "2026-03-30");
        CliRun run = CliRun.run(home, "plan", "--from", "2026-03-30", "--settings", berlin().toString(), "--json");

        assertThat(JsonOutput.mapper().readTree(run.out())).isEqualTo(events);
    }

    static Stream<Arguments> wrongRanges() {
        return Stream.of(
                Arguments.of(
                        new String[] {"--from", "2026-13-01"},
                        "--from must be a date written YYYY-MM-DD, such as 2026-03-30."),
                Arguments.of(
                        new String[] {"--from", "2026-03-30", "--to", "2026-02-30"},
                        "--to must be a date written YYYY-MM-DD, such as 2026-03-30."),
                Arguments.of(
                        new String[] {"--from", "30.03.2026"},
                        "--from must be a date written YYYY-MM-DD, such as 2026-03-30."),
                Arguments.of(
                        new String[] {"--from", "2026-03-30", "--to", "2026-03-29"},
                        "--to 2026-03-29 is before --from 2026-03-30; give a --to on or after --from."),
                Arguments.of(
                        new String[] {"--from", "2026-01-01", "--to", "2027-01-02"},
                        "A plan covers at most 366 days, and --from 2026-01-01 --to 2027-01-02 is 367; give a shorter"
                                + " range."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongRanges")
    void rejectsAWrongRangeInOneLineWithExitCodeOne(String[] range, String message) throws IOException {
        List<String> args = new ArrayList<>(List.of("plan", "--settings", berlin().toString(), "--json"));
        args.addAll(List.of(range));

        CliRun run = CliRun.run(home, args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + "\n");
    }

    @Test
    void acceptsAFullYearOfThreeHundredSixtySixDays() throws IOException {
        CliRun run = CliRun.run(
                home,
                "plan",
                "--from",
                "2028-01-01",
                "--to",
                "2028-12-31",
                "--settings",
                berlin().toString(),
                "--json");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void rejectsAWrongSettingsFileNamingTheFileAndTheKey() throws IOException {
        Path file = settings("{\"workStart\": \"25:00\", \"timeZone\": \"Europe/Berln\"}");

        CliRun run = CliRun.run(home, "plan", "--from", "2026-03-30", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        file + ": \"timeZone\" must be a time zone id such as \"Europe/Berlin\", \"America/New_York\""
                                + " or \"UTC\".\n"
                                + file + ": \"workStart\" must be a time of day written HH:MM, from 00:00 to 23:59.\n");
    }

    @Test
    void rejectsSettingsThatDoNotFitTogether() throws IOException {
        Path file = settings("{\"workStart\": \"09:00\", \"workEnd\": \"17:00\", \"lunch\": {\"start\": \"16:30\","
                + " \"end\": \"17:30\"}}");

        CliRun run = CliRun.run(home, "plan", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + ": \"lunch\" 16:30–17:30 must lie inside the work hours 09:00–17:00.\n");
    }

    @Test
    void rejectsASettingsFileThatDoesNotExist() {
        Path missing = home.resolve("nowhere.json");

        CliRun run = CliRun.run(home, "plan", "--settings", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("The settings file " + missing + " does not exist.\n");
    }

    @Test
    void rejectsASettingsFileThatIsNotJson() throws IOException {
        Path file = settings("{\"workStart\": \"09:00\"");

        CliRun run = CliRun.run(home, "plan", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo(file + " is not valid JSON at line 1, column 22: Unexpected end-of-input: expected close"
                        + " marker for Object.\n");
    }
}
