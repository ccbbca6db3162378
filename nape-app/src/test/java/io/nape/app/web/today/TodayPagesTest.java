package io.nape.app.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today page of a person who has just begun, and of one who began the day before, at a fixed time. */
class TodayPagesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 30 March 2026, 16:00 in Berlin: the morning and several micro-breaks have passed. */
    private static final Instant MONDAY_FOUR_PM =
            ZonedDateTime.of(2026, 3, 30, 16, 0, 0, 0, BERLIN).toInstant();

    @TempDir
    Path home;

    @Test
    void showsANewPersonNothingMissedOnTheirFirstDay() throws Exception {
        String page = todayPage(List.of());

        assertThat(page).contains("Before you started").doesNotContain("Missed");
    }

    @Test
    void showsWhatPassedAsMissedOnceThePersonBeganEarlier() throws Exception {
        SessionLog yesterday = new SessionLog(
                null,
                new RoutineId("desk-a"),
                DosageLevel.STANDARD,
                MONDAY_FOUR_PM.minusSeconds(24 * 3600),
                MONDAY_FOUR_PM.minusSeconds(24 * 3600 - 300),
                SessionOutcome.COMPLETED,
                List.of(new ExerciseResult(0, new ExerciseId("chin-press"), ExerciseStatus.COMPLETED)));

        String page = todayPage(List.of(yesterday));

        assertThat(page).contains("Missed").doesNotContain("Before you started");
    }

    private String todayPage(List<SessionLog> sessions) throws Exception {
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null),
                new PrintWriter(new StringWriter()),
                Clock.fixed(MONDAY_FOUR_PM, BERLIN))) {
            wiring.settingsRepository().save(Settings.defaults(BERLIN));
            sessions.forEach(wiring.sessionLogs()::save);
            try (WebServer server = WebServer.start(0, WebServer.features(wiring))) {
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                return response.body();
            }
        }
    }
}
