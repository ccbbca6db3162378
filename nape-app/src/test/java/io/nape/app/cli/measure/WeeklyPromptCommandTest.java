package io.nape.app.cli.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly PSFS prompt on the command line: after the first check that allows exercise, and on today. */
class WeeklyPromptCommandTest {
    private static final String LINE = "Rate what your neck makes hard: ./nape measure";
    private static final String STIFFNESS =
            "{\"age\": 35, \"painLevel\": 3, \"daysSinceOnset\": 1, \"worsening\": false,"
                    + " \"onset\": \"gradual\", \"signs\": [\"stiff-neck\"], \"conditions\": []}";
    private static final String FEVER = "{\"age\": 35, \"painLevel\": 6, \"daysSinceOnset\": 1, \"worsening\": false,"
            + " \"onset\": \"gradual\", \"signs\": [\"fever\", \"stiff-neck\"], \"conditions\": []}";

    @TempDir
    Path home;

    private CliRun check(String answers) throws IOException {
        Path file = home.resolve("answers.json");
        Files.writeString(file, answers, StandardCharsets.UTF_8);
        return CliRun.run(home, "check", "--answers", file.toString());
    }

    @Test
    void todaySaysNothingOfThePsfsBeforeTheFirstCheck() {
        assertThat(CliRun.run(home, "today").out()).doesNotContain(LINE);
    }

    @Test
    void asksAfterTheFirstCheckThatAllowsExerciseAndOnTodayUntilAnswered() throws IOException {
        CliRun checked = check(STIFFNESS);

        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out().lines().toList()).last().isEqualTo(LINE);
        assertThat(CliRun.run(home, "today").out()).contains(LINE);

        assertThat(CliRun.run(home, "measure", "--rate", "Driving=4").exitCode())
                .isZero();

        assertThat(CliRun.run(home, "today").out()).doesNotContain(LINE);
        assertThat(check(STIFFNESS).out()).doesNotContain(LINE);
    }

    @Test
    void doesNotAskAfterACheckThatCallsForHelp() throws IOException {
        CliRun checked = check(FEVER);

        assertThat(checked.out()).doesNotContain(LINE);
    }

    @Test
    void asksInRussian() throws IOException {
        Path file = home.resolve("answers.json");
        Files.writeString(file, STIFFNESS, StandardCharsets.UTF_8);

        CliRun checked = CliRun.run(home, "--lang", "ru", "check", "--answers", file.toString());

        assertThat(checked.out()).contains("Оцените, что вам затрудняет шея: ./nape measure");
    }

    @Test
    void aSkipCountsAsTheWeeksPromptOnToday() throws IOException {
        check(STIFFNESS);

        CliRun skipped = CliRun.run(home, "measure", "--skip");

        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out()).startsWith("Skipped. You will be asked again on ");
        assertThat(CliRun.run(home, "today").out()).doesNotContain(LINE);
        assertThat(CliRun.run(home, "measure", "--history").out()).startsWith("No PSFS answers yet.");
        assertThat(CliRun.run(home, "measure", "--skip", "--history").err())
                .isEqualTo("Give --skip on its own, without --rate or --history." + System.lineSeparator());
    }
}
