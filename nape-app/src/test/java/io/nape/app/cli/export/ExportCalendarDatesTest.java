package io.nape.app.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The calendar's dates are limited as the plan's are: a first day within ten years, a range of a year at most. */
class ExportCalendarDatesTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "0000-01-01", "9999-12-31", "-2026-01-01", "+999999999-12-31"})
    void refusesAFirstDayFarFromTodayInOneLine(String from) throws IOException {
        Path ics = home.resolve("x.ics");

        long start = System.nanoTime();
        CliRun run = CliRun.run(home, "export", "--ics", ics.toString(), "--from", from, "--settings", utc());
        long millis = (System.nanoTime() - start) / 1_000_000;

        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("--from " + LocalDate.parse(from) + " is more than 10 years from today; give a date from "
                        + today.minusYears(10) + " to " + today.plusYears(10) + "." + NL);
        assertThat(ics).doesNotExist();
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void refusesARangeOfMoreThanAYear() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        Path ics = home.resolve("x.ics");

        CliRun run = CliRun.run(
                home,
                "export",
                "--ics",
                ics.toString(),
                "--from",
                today.toString(),
                "--to",
                today.plusDays(366).toString(),
                "--settings",
                utc());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("A plan covers at most 366 days, and --from " + today + " --to " + today.plusDays(366)
                        + " is 367; give a shorter range." + NL);
        assertThat(ics).doesNotExist();
    }

    @Test
    void writesACalendarWhoseEventsEndOnTheLastDay() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        Path ics = home.resolve("x.ics");

        CliRun run = CliRun.run(
                home,
                "export",
                "--ics",
                ics.toString(),
                "--from",
                today.toString(),
                "--to",
                today.plusDays(13).toString(),
                "--settings",
                utc());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(calendar).contains("RRULE:FREQ=DAILY;COUNT=14").doesNotContain("UNTIL");
    }

    private String utc() throws IOException {
        return Files.writeString(home.resolve("settings.json"), "{\"timeZone\": \"UTC\"}", StandardCharsets.UTF_8)
                .toString();
    }
}
