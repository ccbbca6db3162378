package io.nape.app.cli.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pause and resume the reminders through the real command line and store. */
class PauseCommandTest {
    @TempDir
    Path home;

    @Test
    void pausesForAWhileAndShowsItToday() {
        CliRun.run(home, "settings", "set", "timeZone", "UTC");

        CliRun pause = CliRun.run(home, "pause", "1h30m");

        assertThat(pause.exitCode()).isZero();
        assertThat(pause.out())
                .matches("Reminders are paused until \\w{3} \\d\\d:\\d\\d \\(UTC\\)\\. Run './nape resume' to turn"
                        + " them on sooner\\.\n");
        assertThat(CliRun.run(home, "today", "--json").out()).doesNotContain("\"pausedUntil\" : null");
    }

    @Test
    void pausesUntilTheStartOfTomorrow() {
        CliRun.run(home, "settings", "set", "timeZone", "UTC");

        CliRun pause = CliRun.run(home, "pause", "until-tomorrow");

        assertThat(pause.out()).contains(" 00:00 (UTC)");
    }

    @Test
    void resumesAndSaysWhetherItWasPaused() {
        CliRun.run(home, "pause", "30m");

        assertThat(CliRun.run(home, "resume").out()).isEqualTo("Reminders are on again.\n");
        assertThat(CliRun.run(home, "resume").out()).isEqualTo("Reminders were not paused; they stay on.\n");
        assertThat(CliRun.run(home, "today", "--json").out()).contains("\"pausedUntil\" : null");
    }

    @Test
    void rejectsAPauseLongerThanADay() {
        CliRun pause = CliRun.run(home, "pause", "25h");

        assertThat(pause.exitCode()).isEqualTo(1);
        assertThat(pause.err())
                .isEqualTo("A pause lasts from 1 minute to 24 hours, was 1500 minutes. Use until-tomorrow to pause for"
                        + " the rest of the day.\n");
    }

    @Test
    void rejectsAPauseItCannotRead() {
        CliRun pause = CliRun.run(home, "pause", "soon");

        assertThat(pause.exitCode()).isEqualTo(1);
        assertThat(pause.err())
                .isEqualTo("A pause is written 30m, 1h, 1h30m (1 minute to 24 hours) or until-tomorrow;"
                        + " that was not one of them.\n");
    }

    @Test
    void servesUntilToldToQuit() {
        CliRun serve = CliRun.runWithInput(home, "what\nq\n", "serve", "--port", "0");

        assertThat(serve.exitCode()).isZero();
        assertThat(serve.out())
                .startsWith("Nape is running at http://127.0.0.1:")
                .contains("Nape reminders are running (")
                .contains("Type d to start, s5, s10 or s15 to snooze, k to skip, q to stop.\n")
                .endsWith("Reminders stopped.\n");
    }
}
