package io.nape.app.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check, then start: the stored advice decides which session may begin. */
class SafetyGatingTest {
    @TempDir
    Path home;

    @Test
    void blocksEverySessionAfterAnUrgentCheckWithTheEmergencyMessageFirst() {
        CliRun check = CliRun.runWithInput(
                home, "{\"signs\": [\"fever\", \"stiff-neck\"]}", "check", "--answers", "-", "--json");
        assertThat(check.exitCode()).isZero();

        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .startsWith("A fever with a stiff neck")
                .contains("call emergency services")
                .contains("No session starts while your last check (")
                .endsWith("once you have been seen, run './nape check' again.\n");
        assertThat(CliRun.run(home, "history").out()).startsWith("No sessions yet.");
    }

    @Test
    void refusesARoutineTheAdviceDoesNotAllowAndNamesThoseItDoes() {
        CliRun.runWithInput(home, "{\"daysSinceOnset\": 3}", "check", "--answers", "-");

        CliRun start = CliRun.run(home, "start", "desk-a", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .startsWith("desk-a cannot start: your last check (")
                .contains("says exercise: only gentle posture, breathing, relaxation and light self-massage")
                .contains("Allowed now: ")
                .contains("posture")
                .doesNotContain("isometric-complex");
    }

    @Test
    void refusesEveryRoutineToAChild() {
        CliRun.runWithInput(home, "{\"age\": 15}", "check", "--answers", "-");

        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .startsWith("posture cannot start: your last check (")
                .contains("only what a doctor has prescribed")
                .contains("None of Nape's routines fits that now.");
    }

    @Test
    void startsARoutineTheAdviceAllows() {
        CliRun.runWithInput(home, "{\"daysSinceOnset\": 3}", "check", "--answers", "-");

        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.out()).contains("Saved session 1: posture, completed");
    }

    @Test
    void suggestsACheckToSomeoneWhoNeverDidOne() {
        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.err()).contains("Tip: run './nape check' once");
    }

    @Test
    void anOrdinaryStiffNeckLetsEverythingStart() {
        CliRun.runWithInput(
                home,
                "{\"age\": 35, \"painLevel\": 3, \"daysSinceOnset\": 1, \"onset\": \"gradual\"}",
                "check",
                "--answers",
                "-");

        CliRun start = CliRun.run(home, "start", "desk-b", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.err()).isEmpty();
    }
}
