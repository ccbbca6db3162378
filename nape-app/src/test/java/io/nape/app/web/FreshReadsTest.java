package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server keeps what it read from the SQLite file, yet every write shows on the very next
 * request: one made by another process (here the command line, or a second opening of the file),
 * and one made through the web.
 */
class FreshReadsTest {
    private static final String WEEK = "/api/plan?from=2026-03-30&to=2026-04-05";

    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void settingsChangedFromTheCommandLineShowOnTheNextRequest() {
        int eventsBefore = local.api().get(WEEK).json().size();
        assertThat(local.api()
                        .get("/api/settings")
                        .json()
                        .path("breakEveryMinutes")
                        .asInt())
                .isNotEqualTo(120);

        assertThat(CliRun.run(local.home(), "settings", "set", "breakEveryMinutes", "120")
                        .exitCode())
                .isZero();

        assertThat(local.api()
                        .get("/api/settings")
                        .json()
                        .path("breakEveryMinutes")
                        .asInt())
                .isEqualTo(120);
        assertThat(local.api().get(WEEK).json().size()).isLessThan(eventsBefore);
    }

    @Test
    void quietDaySetFromTheCommandLineEmptiesTodayOnTheNextRequest() {
        assertThat(CliRun.run(local.home(), "settings", "set", "timeZone", "UTC")
                        .exitCode())
                .isZero();
        LocalDate today = LocalDate.parse(
                local.api().get("/api/today").json().path("date").asString());
        LocalDate tomorrow = today.plusDays(1);

        assertThat(CliRun.run(local.home(), "settings", "set", "quietDays", today + "," + tomorrow)
                        .exitCode())
                .isZero();

        assertThat(local.api().get("/api/today").json().path("events")).isEmpty();
    }

    @Test
    void pauseFromTheCommandLineShowsOnTheNextTodayRequest() {
        assertThat(local.api().get("/api/today").json().path("pausedUntil").isNull())
                .isTrue();

        assertThat(CliRun.run(local.home(), "pause", "1h30m").exitCode()).isZero();

        assertThat(local.api().get("/api/today").json().path("pausedUntil").isNull())
                .isFalse();
    }

    @Test
    void pauseWrittenThroughAnotherOpeningOfTheFileShowsOnTheNextRequest() {
        assertThat(local.api().get("/api/today").json().path("pausedUntil").isNull())
                .isTrue();
        Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        try (Database other = Database.openSqlite(local.wiring().config().databaseFile())) {
            new JdbcReminderRepository(other, PersonId.LOCAL).pauseUntil(until);
        }

        assertThat(local.api().get("/api/today").json().path("pausedUntil").asString())
                .isEqualTo(until.toString());
    }

    @Test
    void painLoggedFromTheCommandLineShowsInTheNextProgress() {
        assertThat(local.api().get("/api/progress").json().path("painMean7Days").isNull())
                .isTrue();

        assertThat(CliRun.run(local.home(), "log", "pain", "4").exitCode()).isZero();

        assertThat(local.api().get("/api/progress").json().path("painMean7Days").asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void strongPainLoggedFromTheCommandLineAfterACheckShowsOnTheNextTodayPage() throws Exception {
        Path answers = local.home().resolve("answers.json");
        Files.writeString(answers, "{\"age\": 35, \"painLevel\": 3, \"signs\": [\"stiff-neck\"]}");
        assertThat(CliRun.run(local.home(), "check", "--answers", answers.toString())
                        .exitCode())
                .isZero();
        assertThat(local.api().get("/").body()).doesNotContain("You logged strong pain since your last check.");

        assertThat(CliRun.run(local.home(), "log", "pain", "8").exitCode()).isZero();

        assertThat(local.api().get("/").body()).contains("You logged strong pain since your last check.");
    }

    @Test
    void sessionSavedThroughTheWebShowsOnTheNextProgressPage() {
        assertThat(local.api().get("/progress").body()).doesNotContain("stopped because it hurt");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String exercise = local.api()
                .get("/api/routines/desk-a")
                .json()
                .at("/routine/exercises/0")
                .asString();

        ApiClient.Exchange saved = local.api()
                .send(
                        "POST",
                        "/api/sessions",
                        "{\"routine\": \"desk-a\", \"level\": \"standard\", \"startedAt\": \"" + now.minusSeconds(300)
                                + "\", \"endedAt\": \"" + now.minusSeconds(10)
                                + "\", \"outcome\": \"stopped-for-pain\","
                                + " \"exercises\": [{\"position\": 0, \"exercise\": \"" + exercise
                                + "\", \"status\": \"partial\"}]}");

        assertThat(saved.status()).isEqualTo(201);
        assertThat(local.api().get("/progress").body()).contains("stopped because it hurt");
    }

    @Test
    void keepsABoundedNumberOfReads() {
        LocalDate monday = LocalDate.of(2026, 3, 30);
        for (int day = 0; day < 3 * Wiring.KEPT_READS; day++) {
            LocalDate from = monday.plusDays(day);
            assertThat(local.api()
                            .get("/api/plan?from=" + from + "&to=" + from.plusDays(1))
                            .status())
                    .isEqualTo(200);
        }

        assertThat(local.wiring().reads().size()).isLessThanOrEqualTo(Wiring.KEPT_READS);
    }
}
