package io.nape.app.web.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.PainEntry;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme over real HTTP: a pain well above the week's mean proposes a step down, which the
 * Programme page's form confirms (the plan's level follows) and the API refuses to answer twice.
 */
class ProgrammeWebTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant PAINFUL = Instant.parse("2026-03-30T07:00:00Z");
    private static final String STEP_DOWN = "step-down@2026-03-30T07:00:00Z";

    @TempDir
    Path home;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null),
                new PrintWriter(new StringWriter()),
                Clock.fixed(Instant.parse("2026-03-30T08:00:00Z"), BERLIN));
        wiring.settingsRepository().save(Settings.defaults(BERLIN).withLevel(DosageLevel.STANDARD));
        for (Instant at : new Instant[] {PAINFUL.minus(Duration.ofDays(2)), PAINFUL.minus(Duration.ofDays(1))}) {
            wiring.painEntries().save(new PainEntry(null, at, 2, Set.of(), Set.of(), null, ""));
        }
        wiring.painEntries().save(new PainEntry(null, PAINFUL, 7, Set.of(), Set.of(), null, ""));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @Test
    void thePageShowsTheStepDownWithItsReasonAndItsFormConfirmsIt() throws Exception {
        HttpResponse<String> page = send("GET", "/programme", null, null, "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Your level: standard.")
                .contains("Move one level down, from standard to gentle.")
                .contains("On 30 March you logged a pain of 7, 2 points or more above your mean of 2 in the week"
                        + " before.")
                .contains("value=\"" + STEP_DOWN + "\"")
                .contains("No decisions yet.");

        HttpResponse<String> confirmed = send("POST", "/programme", FORM, form(STEP_DOWN, "confirmed"), "en");

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body())
                .contains("Confirmed: your plan now runs at gentle.")
                .contains("Your level: gentle.")
                .contains("30 March: standard → gentle, for a pain well above your mean; confirmed.")
                .doesNotContain("value=\"" + STEP_DOWN + "\"");
        assertThat(wiring.settings().level()).isEqualTo(DosageLevel.GENTLE);
    }

    @Test
    void thePageSpeaksRussianAndRefusesAnAnswerToNoOpenProposalWith400() throws Exception {
        HttpResponse<String> page = send("GET", "/programme", null, null, "ru");
        HttpResponse<String> refused =
                send("POST", "/programme", FORM, form("check@2026-03-01T00:00:00Z", "declined"), "ru");

        assertThat(page.body())
                .contains("Ваш уровень: обычный.")
                .contains("Опуститься на уровень ниже: с «обычный» на «мягкий».")
                .contains("30 марта вы отметили боль 7");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Такого предложения сейчас нет. Выполните ./nape programme, чтобы" + " увидеть открытые.");
        assertThat(wiring.programmeDecisions().findAll()).isEmpty();
    }

    @Test
    void theApiAnswersOnceAndRefusesASecondAnswerOrAnUnknownAnswerInOneSentence() throws Exception {
        String body = "{\"proposal\": \"" + STEP_DOWN + "\", \"answer\": \"declined\"}";

        HttpResponse<String> declined = send("POST", "/api/programme/decisions", JSON, body, "en");
        HttpResponse<String> again = send("POST", "/api/programme/decisions", JSON, body, "en");
        HttpResponse<String> maybe =
                send("POST", "/api/programme/decisions", JSON, "{\"proposal\": \"x\", \"answer\": \"maybe\"}", "en");

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(201);
        assertThat(declined.body())
                .containsPattern("\"planLevel\"\\s*:\\s*\"standard\"")
                .containsPattern("\"answer\"\\s*:\\s*\"declined\"");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(again.body())
                .contains("\"detail\" : \"No such proposal is open now. Run ./nape programme to see what"
                        + " is open.\"");
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains("\"detail\" : \"Answer with confirmed or declined.\"");
        assertThat(wiring.settings().level()).isEqualTo(DosageLevel.STANDARD);
        assertThat(send("GET", "/api/programme/history", null, null, "en").body())
                .contains("30 March: standard → gentle, for a pain well above your mean; declined.");
    }

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private static String form(String proposal, String answer) {
        return "proposal=" + URLEncoder.encode(proposal, StandardCharsets.UTF_8) + "&answer=" + answer;
    }

    private HttpResponse<String> send(
            String method, String path, @Nullable String type, @Nullable String body, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept-Language", language)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
