package io.nape.app.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Progress page and its API over real HTTP, with reminder records stored for natural breaks and
 * breaks skipped while busy: this week's first two micro-breaks, one of each, and last week's first
 * four, three natural breaks and one skipped while busy.
 */
class ProgressPagesTest {
    @TempDir
    Path dataFolder;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private LocalDate lastMonday;

    @BeforeEach
    void start() {
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", dataFolder.toString()), null), new PrintWriter(new StringWriter()));
        Settings settings = Settings.defaults(ZoneId.of("UTC"));
        wiring.settingsRepository().save(settings);
        LocalDate thisMonday =
                LocalDate.now(settings.timeZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        lastMonday = thisMonday.minusWeeks(1);
        List<PlanEvent> breaks = new PlanEngine(wiring.routineLengths())
                .plan(settings, lastMonday, thisMonday.plusDays(6)).events().stream()
                        .filter(event -> event.kind() == EventKind.MICRO_BREAK)
                        .sorted(Comparator.comparing(PlanEvent::instant))
                        .toList();
        List<PlanEvent> lastWeek = breaks.stream()
                .filter(event -> event.day().isBefore(thisMonday))
                .toList();
        List<PlanEvent> thisWeek = breaks.stream()
                .filter(event -> !event.day().isBefore(thisMonday))
                .toList();
        List<ReminderRecord> records = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            records.add(record(
                    lastWeek.get(index), index < 3 ? ReminderOutcome.NATURAL_BREAK : ReminderOutcome.SKIPPED_BUSY));
        }
        records.add(record(thisWeek.get(0), ReminderOutcome.NATURAL_BREAK));
        records.add(record(thisWeek.get(1), ReminderOutcome.SKIPPED_BUSY));
        wiring.reminders().append(records);
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @Test
    void saysHowManyBreaksWereNaturalOrSkippedWhileBusyThisWeek() throws Exception {
        HttpResponse<String> page = get("/progress", "text/html", "en-GB");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p id=\"week-counts\">Besides those done, this week had 1 natural break (you were away),"
                        + " 1 skipped: you were busy")
                .contains("Natural breaks and breaks skipped while you were busy do not count as due");
    }

    @Test
    void tablesEveryWeeksEventsByState() throws Exception {
        String body = get("/progress", "text/html", "en-GB").body();

        assertThat(body).contains("<table id=\"week-states\">", "<th scope=\"col\">Natural breaks</th>");
        assertThat(body.replaceAll("\\s+", ""))
                .containsPattern("<td>weekof[^<]*</td><td>0</td><td>3</td><td>1</td><td>0</td><td>0</td><td>\\d+</td>");
    }

    @Test
    void wordsTheCountsInRussianWithTheirPluralForms() throws Exception {
        String body = get("/progress", "text/html", "ru").body();

        assertThat(body)
                .contains("Кроме сделанного, на этой неделе: 1 перерыв вдали от экрана,"
                        + " пропущено, пока вы были заняты: 1")
                .contains("<th scope=\"col\">Перерывы вдали от экрана</th>");
    }

    @Test
    void servesTheCountsInTheApi() throws Exception {
        HttpResponse<String> api = get("/api/progress", "application/json", "en-GB");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body().replaceAll("\\s+", ""))
                .containsPattern("\\{\"monday\":\"" + lastMonday
                        + "\",\"planned\":(\\d+),\"due\":\\d+,\"done\":0,\"stopped\":0,\"skipped\":0,\"missed\":\\d+,"
                        + "\"naturalBreaks\":3,\"skippedBusy\":1}")
                .containsPattern("\"naturalBreaks\":1,\"skippedBusy\":1}]");
    }

    private static ReminderRecord record(PlanEvent event, ReminderOutcome outcome) {
        return new ReminderRecord(event, outcome, event.instant(), "");
    }

    private HttpResponse<String> get(String path, String accept, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", accept)
                .header("Accept-Language", language)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
