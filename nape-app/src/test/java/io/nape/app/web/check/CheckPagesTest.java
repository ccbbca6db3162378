package io.nape.app.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check page over real HTTP: urgent advice first and unmistakable, and the session gate it sets. */
class CheckPagesTest {
    @TempDir
    Path dataFolder;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", dataFolder.toString()), null), new PrintWriter(System.err, true));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @Test
    void urgentAdviceComesFirstWithEveryReasonAndBlocksSessions() throws Exception {
        HttpResponse<String> result = post("/check", "painLevel=6&sign=fever&sign=stiff-neck");

        assertThat(result.statusCode()).isEqualTo(200);
        String page = result.body();
        int urgent = page.indexOf("Call emergency services now");
        assertThat(urgent).isPositive();
        assertThat(page.indexOf("role=\"alert\"")).isLessThan(urgent);
        assertThat(page).contains("call emergency services now", "needs a doctor soon");
        assertThat(page.indexOf("call emergency services now")).isLessThan(page.indexOf("needs a doctor soon"));
        assertThat(wiring.screenings().findLatest()).isPresent();

        HttpResponse<String> session = get("/session/chair-stretch");
        assertThat(session.statusCode()).isEqualTo(403);
        assertThat(session.body()).contains("cannot start now", "Take the check");
        assertThat(session.body()).doesNotContain("./nape");
    }

    @Test
    void anEmptyFormLeavesTheUrgentAdviceInForceAndSaysSo() throws Exception {
        post("/check", "sign=fever&sign=stiff-neck");
        long checks = wiring.screenings().findLatest().orElseThrow().id();

        HttpResponse<String> empty = post("/check", "");

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("You answered nothing about your neck, so your check of ")
                .contains("Call emergency services now")
                .doesNotContain("Nothing you reported needs a doctor");
        assertThat(wiring.screenings().findLatest().orElseThrow().id()).isEqualTo(checks);
        assertThat(get("/session/posture").statusCode()).isEqualTo(403);
    }

    @Test
    void anEmptyAnswerToTheApiGivesTheAdviceInForce() throws Exception {
        post("/check", "sign=double-vision");

        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(server.address() + "api/triage"))
                        .header("Content-Type", "application/json")
                        .header("Origin", server.address().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).containsPattern("\"level\" *: *\"URGENT\"").contains("neck-artery-signs");
    }

    @Test
    void asksAboutTurningBendingAndConstantHeadachesInEnglishAndRussian() throws Exception {
        String english = get("/check").body();
        String russian = client.send(
                        HttpRequest.newBuilder(URI.create(server.address() + "check"))
                                .header("Accept-Language", "ru")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(english)
                .contains(
                        "value=\"hard-to-turn-head\"> trouble turning your head about 90 degrees to a side, as far as"
                                + " looking over your shoulder</label>",
                        "value=\"pain-on-bending\"> pain when you bend your head forward, back or to a side</label>",
                        "value=\"constant-headaches\"> headaches that have become constant, coming back most"
                                + " days</label>");
        assertThat(russian)
                .contains(
                        "value=\"hard-to-turn-head\"> вам трудно повернуть голову в сторону примерно на 90 градусов,"
                                + " чтобы посмотреть через плечо</label>",
                        "value=\"pain-on-bending\"> боль, когда вы наклоняете голову вперёд, назад или вбок</label>",
                        "value=\"constant-headaches\"> головные боли, которые стали постоянными и возвращаются"
                                + " почти каждый день</label>");
    }

    @Test
    void troubleTurningTheHeadAdvisesADoctorAndLetsOnlyGentleRoutinesPlay() throws Exception {
        HttpResponse<String> result = post("/check", "painLevel=3&sign=stiff-neck&sign=hard-to-turn-head");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains(
                        "See a doctor soon",
                        "your neck needs treatment, so see a doctor soon and keep to gentle exercise",
                        "only gentle posture, breathing, relaxation and light self-massage")
                .doesNotContain("role=\"alert\"");
        assertThat(get("/session/posture").statusCode()).isEqualTo(200);
        assertThat(get("/session/chair-stretch").statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAnswersPainOnBendingAndConstantHeadachesWithTheirRules() throws Exception {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(server.address() + "api/triage"))
                        .header("Content-Type", "application/json")
                        .header("Origin", server.address().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"painLevel\": 3, \"signs\": [\"pain-on-bending\", \"constant-headaches\"]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .containsPattern("\"level\" *: *\"SEE_DOCTOR\"")
                .containsPattern("\"exercise\" *: *\"GENTLE\"")
                .contains("neck-needs-treatment", "constant-headaches");
    }

    @Test
    void refusesAnAgeOutOfRangeNextToTheFieldAndStoresNothing() throws Exception {
        HttpResponse<String> result = post("/check", "age=300&painLevel=2");

        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.body())
                .contains("id=\"age-error\">Your age must be a whole number from 0 to 120")
                .contains("aria-invalid=\"true\"");
        assertThat(wiring.screenings().findLatest()).isEmpty();
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(server.address().replaceAll("/$", "") + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", server.address().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(server.address().replaceAll("/$", "") + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
