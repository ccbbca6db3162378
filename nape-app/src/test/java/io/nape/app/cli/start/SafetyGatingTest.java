package io.nape.app.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.app.usecase.session.Checks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    @Test
    void refusesEveryRoutineWhenTheDiagnosisCallsForPrescribedExerciseOnly() {
        storeCheck(Checks.PRESCRIBED_ONLY, Duration.ofHours(1));

        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .startsWith("posture cannot start: your last check (")
                .contains("only what a doctor has prescribed")
                .contains("None of Nape's routines fits that now.");
        assertThat(CliRun.run(home, "history").out()).startsWith("No sessions yet.");
    }

    @Test
    void staleUrgentAdviceStillBlocksEverySessionWithTheEmergencySentenceFirst() {
        storeCheck(Checks.URGENT, Duration.ofDays(40));

        CliRun start = CliRun.run(home, "start", "breathing", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err()).startsWith("A fever with a stiff neck").contains("call emergency services");
        assertThat(start.err()).doesNotContain("days old");
        assertThat(CliRun.run(home, "history").out()).startsWith("No sessions yet.");
    }

    @Test
    void staleGentleAdviceStillRefusesWhatItDoesNotAllow() {
        storeCheck(Checks.GENTLE, Duration.ofDays(12));

        CliRun refused = CliRun.run(home, "start", "desk-a", "--plain", "--speed", "1000");
        CliRun allowed = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("desk-a cannot start: your last check (");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.err())
                .isEqualTo("Your last check is 12 days old; run './nape check' again to keep the advice up to date.\n");
        assertThat(allowed.out()).contains("Saved session 1: posture, completed");
    }

    @Test
    void strongPainSinceTheCheckAsksForANewCheckBeforeTheSession() {
        storeCheck(Checks.ALLOWED, Duration.ofHours(3));
        assertThat(CliRun.run(home, "log", "pain", "8").exitCode()).isZero();

        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.err()).contains("You logged strong pain since your last check; run './nape check' again.");
    }

    private void storeCheck(Checks check, Duration age) {
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null),
                new PrintWriter(new StringWriter(), true))) {
            wiring.screenings().save(check.at(Instant.now().minus(age)));
        }
    }
}
