package io.nape.app.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.session.Checks;
import io.nape.app.web.WebServer;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Today's micro-breaks over real HTTP: what each holds, and a start that plays exactly its pieces. */
class TodayBreaksWebTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 30 March 2026, 14:00 in Berlin: the next event is the 15:00 micro-break. */
    private static final Instant MONDAY_TWO_PM =
            ZonedDateTime.of(2026, 3, 30, 14, 0, 0, 0, BERLIN).toInstant();

    private static final Pattern START =
            Pattern.compile("href=\"(/session/desk-break\\?level=standard&(?:amp;)?at=([^\"]+))\"");

    @TempDir
    Path home;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null),
                new PrintWriter(new StringWriter()),
                Clock.fixed(MONDAY_TWO_PM, BERLIN));
        wiring.settingsRepository().save(Settings.defaults(BERLIN).withLevel(DosageLevel.STANDARD));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        wiring.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void todayShowsWhatEachBreakHoldsAndItsStartButtonPlaysExactlyThosePieces() throws Exception {
        HttpResponse<String> today = get("/");

        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body())
                .contains("Holds exercise 1: 1 min 25 s.")
                .contains("Holds exercise 3, left side: 1 min 25 s.")
                .contains("Start a short desk break");
        Matcher start = START.matcher(today.body());
        assertThat(start.find()).as(today.body()).isTrue();
        String at = URLDecoder.decode(start.group(2), StandardCharsets.UTF_8);
        assertThat(at).isEqualTo("2026-03-30T15:00+02:00");

        HttpResponse<String> player = get(start.group(1).replace("&amp;", "&"));
        assertThat(player.statusCode()).isEqualTo(200);
        JsonNode timeline = JsonOutput.mapper()
                .readTree(get("/session/desk-break/timeline.json?level=standard&at=" + start.group(2))
                        .body());
        List<String> played = new ArrayList<>();
        timeline.get("exercises")
                .forEach(exercise -> played.add(exercise.get("exercise").asString()));

        List<String> planned = new ArrayList<>();
        for (JsonNode event : JsonOutput.mapper().readTree(get("/api/plan").body())) {
            if (event.get("at").asString().equals(at)) {
                event.get("pieces")
                        .forEach(piece -> planned.add(piece.get("exercise").asString()));
            }
        }
        assertThat(timeline.get("routine").asString()).isEqualTo("desk-break");
        assertThat(planned).isNotEmpty();
        assertThat(played).containsExactlyElementsOf(planned);
        assertThat(timeline.get("totalMs").asLong()).isLessThanOrEqualTo(120_000);
    }

    @Test
    void urgentAdviceRefusesThePlannedBreakOnEveryDoor() throws Exception {
        wiring.screenings().save(Checks.URGENT.at(MONDAY_TWO_PM.minus(Duration.ofHours(1))));
        String at = "2026-03-30T15%3A00%2B02%3A00";

        assertThat(get("/").body()).doesNotContain("/session/desk-break");
        assertThat(get("/session/desk-break?level=standard&at=" + at).statusCode())
                .isEqualTo(403);
        assertThat(get("/session/desk-break/timeline.json?level=standard&at=" + at)
                        .statusCode())
                .isEqualTo(403);
        JsonNode allowed = JsonOutput.mapper()
                .readTree(
                        get("/api/sessions/allowed?routine=desk-break&at=" + at).body());
        assertThat(allowed.get("allowed").asBoolean()).isFalse();
        assertThat(allowed.get("verdict").asString()).isEqualTo("URGENT");
    }

    @Test
    void thePlayerSavesABreakAsADeskBreakWithTheExercisesItPlayed() throws Exception {
        String body = "{\"routine\": \"desk-break\", \"level\": \"standard\","
                + " \"startedAt\": \"2026-03-30T11:55:00Z\", \"endedAt\": \"2026-03-30T11:56:25Z\","
                + " \"outcome\": \"completed\", \"exercises\": [{\"position\": 0,"
                + " \"exercise\": \"iso-head-back-against-palms\", \"status\": \"completed\"}]}";
        HttpResponse<String> saved = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(wiring.sessionLogs().findStartedBetween(Instant.EPOCH, MONDAY_TWO_PM))
                .singleElement()
                .satisfies(log -> {
                    assertThat(log.routine().value()).isEqualTo("desk-break");
                    assertThat(log.exercises().get(0).exercise().value()).isEqualTo("iso-head-back-against-palms");
                });
    }

    @Test
    void aBreakTimeThatIsNotPlannedIsABadRequest() throws Exception {
        assertThat(get("/session/desk-break?at=2026-03-30T15%3A07%2B02%3A00").statusCode())
                .isEqualTo(400);
        assertThat(get("/session/desk-break?at=soon").statusCode()).isEqualTo(400);
    }
}
