package io.nape.app.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.json.JsonOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ./nape start --break}: the planned micro-break, exactly its pieces, through the one gate. */
class StartBreakCommandTest {
    private static final Pattern ANNOUNCED = Pattern.compile("The micro-break of (\\d\\d:\\d\\d): ");

    @TempDir
    Path home;

    /** The exercises of the first micro-break at a local time, no more than an interval before the start. */
    private List<String> plannedPieces(String time, Instant startedAt) {
        LocalDate today = LocalDate.now();
        CliRun plan = CliRun.run(
                home,
                "plan",
                "--from",
                today.minusDays(1).toString(),
                "--to",
                today.plusDays(8).toString(),
                "--json");
        for (JsonNode event : JsonOutput.mapper().readTree(plan.out())) {
            String at = event.get("at").asString();
            if (event.get("kind").asString().equals("MICRO_BREAK")
                    && at.substring(11, 16).equals(time)
                    && OffsetDateTime.parse(at).toInstant().isAfter(startedAt.minus(Duration.ofHours(1)))) {
                List<String> exercises = new ArrayList<>();
                event.get("pieces")
                        .forEach(piece -> exercises.add(piece.get("exercise").asString()));
                return exercises;
            }
        }
        throw new AssertionError("no micro-break at " + time);
    }

    @Test
    void playsExactlyThePiecesOfThePlannedBreakAndLogsThemAsADeskBreak() {
        Instant startedAt = Instant.now();
        CliRun start = CliRun.run(home, "start", "--break", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).as(start.err()).isZero();
        Matcher announced = ANNOUNCED.matcher(start.err());
        assertThat(announced.find()).as(start.err()).isTrue();
        assertThat(start.err()).containsPattern("The micro-break of \\d\\d:\\d\\d: exercises? \\d.*: \\d+ min");
        List<String> planned = plannedPieces(announced.group(1), startedAt);
        assertThat(start.out())
                .contains("Saved session 1: desk-break, completed, " + planned.size() + " of " + planned.size()
                        + " exercises completed.");
        JsonNode logged = JsonOutput.mapper()
                .readTree(CliRun.run(home, "history", "--json").out())
                .get(0);
        List<String> played = new ArrayList<>();
        logged.get("exercises")
                .forEach(exercise -> played.add(exercise.get("exercise").asString()));
        assertThat(logged.get("routine").asString()).isEqualTo("desk-break");
        assertThat(played).containsExactlyElementsOf(planned);
    }

    @Test
    void refusesTheBreakWhileUrgentAdviceStands() {
        CliRun.runWithInput(home, "{\"signs\": [\"fever\", \"stiff-neck\"]}", "check", "--answers", "-", "--json");

        CliRun start = CliRun.run(home, "start", "--break", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .contains("call emergency services")
                .contains("No session starts while your last check (");
        assertThat(CliRun.run(home, "history").out()).startsWith("No sessions yet.");
    }

    @Test
    void refusesARoutineAndTheBreakTogetherWithExitCodeTwo() {
        CliRun start = CliRun.run(home, "start", "desk-a", "--break");

        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(start.err()).startsWith("The command was not understood: Name a routine or give --break, not both.");
    }

    @Test
    void saysInRussianWhichBreakItPlays() {
        CliRun start = CliRun.run(home, "--lang", "ru", "start", "--break", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).as(start.err()).isZero();
        assertThat(start.err()).containsPattern("Короткий перерыв в \\d\\d:\\d\\d: упражнени[ея] \\d");
    }
}
