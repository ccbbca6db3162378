package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.json.JsonOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CatalogueCommandsTest {
    @TempDir
    Path home;

    @Test
    void listsRoutinesWithTheirLength() {
        CliRun run = CliRun.run(home, "routines");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("isometric-complex", "desk-a", "desk-b");
    }

    @Test
    void listsRoutinesAsJsonWithLengthsPerLevel() {
        CliRun run = CliRun.run(home, "routines", "--json");

        JsonNode routines = JsonOutput.mapper().readTree(run.out());
        JsonNode deskA = null;
        for (JsonNode routine : routines) {
            if (routine.get("id").asString().equals("desk-a")) {
                deskA = routine;
            }
        }
        assertThat(deskA).isNotNull();
        assertThat(deskA.get("exercises")).hasSize(5);
        long gentle = deskA.get("lengthMs").get("gentle").asLong();
        long full = deskA.get("lengthMs").get("full").asLong();
        assertThat(gentle).isPositive().isLessThan(full);
    }

    @Test
    void showsARoutineWithItsDosage() {
        CliRun run = CliRun.run(home, "show", "desk-a");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Forehead press", "press 5–7 s, relax 10 s, 3–5 times");
        assertThat(run.out()).contains("Temple press", "3–5 times each side");
    }

    @Test
    void showsAnExerciseWithStepsAndNotes() {
        CliRun run = CliRun.run(home, "show", "iso-forehead-press");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Forehead press (iso-forehead-press)", " 1. ", "Notes:");
    }

    @Test
    void rejectsAnUnknownIdWithOneLineAndExitCodeOne() {
        CliRun run = CliRun.run(home, "show", "desk-z");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("No routine or exercise named \"desk-z\". Run './nape routines' for the routines or"
                        + " './nape routines --exercises' for every exercise.\n");
    }

    @Test
    void rejectsAnUnknownRoutineForTheTimeline() {
        CliRun run = CliRun.run(home, "timeline", "desk-z", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No routine named \"desk-z\". Run './nape routines' to see them.\n");
    }

    @Test
    void rejectsAnUnknownLevelNamingTheChoices() {
        CliRun run = CliRun.run(home, "timeline", "desk-a", "--level", "extreme");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Unknown level; choose one of: gentle, standard, full.\n");
    }

    @Test
    void rejectsAnUnknownCommandAsAUsageError() {
        CliRun run = CliRun.run(home, "timline");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown command 'timline'.").contains("Did you mean 'timeline'?");
        assertThat(run.err()).endsWith("Run 'nape --help' for usage.\n");
    }

    @Test
    void rejectsAMissingArgumentAsAUsageError() {
        CliRun run = CliRun.run(home, "show");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Missing required parameter: 'ID'.\nRun 'nape show --help' for usage.\n");
    }

    @Test
    void printsTheTimelineContract() {
        CliRun run = CliRun.run(home, "timeline", "desk-b", "--level", "gentle", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode timeline = JsonOutput.mapper().readTree(run.out());
        assertThat(timeline.propertyNames()).containsExactly("routine", "totalMs", "phases");
        assertThat(timeline.get("routine").asString()).isEqualTo("desk-b");
        long expectedAt = 0;
        for (JsonNode phase : timeline.get("phases")) {
            assertThat(phase.propertyNames())
                    .containsExactly(
                            "atMs", "durationMs", "kind", "exercise", "rep", "reps", "side", "cue", "step", "cycles");
            assertThat(phase.get("atMs").asLong()).isEqualTo(expectedAt);
            expectedAt += phase.get("durationMs").asLong();
            String side = phase.get("side").isNull() ? null : phase.get("side").asString();
            assertThat(side).isIn(null, "LEFT", "RIGHT");
        }
        assertThat(timeline.get("totalMs").asLong()).isEqualTo(expectedAt);
    }

    @Test
    void showsHelpForEveryCommand() {
        for (String command : new String[] {"routines", "show", "timeline"}) {
            CliRun run = CliRun.run(home, command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: nape " + command);
        }
    }

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.run(home, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Nape ");
    }

    @Test
    void reportsABadUserCatalogueFileAndGoesOn() throws Exception {
        Files.createDirectories(home.resolve("catalogue"));
        Files.writeString(home.resolve("catalogue/broken.yaml"), "part: posture\nexercises: 12\n");

        CliRun run = CliRun.run(home, "routines");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("desk-a");
        Path broken = home.resolve("catalogue/broken.yaml");
        assertThat(run.err())
                .isEqualTo("Left out catalogue file " + broken + " because of the problems below:\n  " + broken
                        + ":2: 'exercises' must be a list\n");
    }
}
