package io.nape.app.cli.startup;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingCommandTest {
    @TempDir
    Path home;

    @Test
    void runsEveryCommandPeopleTypeOnceWithoutStartingTheWebApp() {
        CliRun run = CliRun.run(home, "startup-training");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"kind\" : \"MORNING\"", "\"id\" : \"desk-a\"", "Isometric neck complex");
        for (String path : StartupTrainingCommand.PATHS) {
            assertThat(run.out()).doesNotContain(path + " 200\n");
        }
        assertThat(run.out()).doesNotContain("Reminder", "reminders are running");
    }

    @Test
    void answersEveryRequestOfTheWebAppAndRunsNoCommand() {
        CliRun run = CliRun.run(home, "startup-training", "web");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        for (String path : StartupTrainingCommand.PATHS) {
            assertThat(run.out()).contains(path + " 200\n");
        }
        assertThat(run.out()).doesNotContain("\"kind\" : \"MORNING\"", "Reminder", "reminders are running");
    }
}
