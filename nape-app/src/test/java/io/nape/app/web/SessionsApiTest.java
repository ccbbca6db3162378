package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The web player records finished sessions strictly, and asks the safety gate before it starts one. */
class SessionsApiTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path home;

    private Wiring wiring;
    private WebServer server;
    private ApiClient api;
    private String firstExercise;

    @BeforeEach
    void start() {
        wiring = ApiClient.wiring(home);
        server = WebServer.start(0, WebServer.features(wiring));
        api = new ApiClient(server.port());
        firstExercise = api.get("/api/routines/desk-a")
                .json()
                .at("/routine/exercises/0")
                .asString();
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    private String session(
            String routine, String level, Instant startedAt, Instant endedAt, String outcome, String exercises) {
        return "{\"routine\": \"" + routine + "\", \"level\": \"" + level + "\", \"startedAt\": \"" + startedAt
                + "\", \"endedAt\": \"" + endedAt + "\", \"outcome\": \"" + outcome + "\", \"exercises\": "
                + exercises + "}";
    }

    private String exercise(int position, String id, String status) {
        return "{\"position\": " + position + ", \"exercise\": \"" + id + "\", \"status\": \"" + status + "\"}";
    }

    @Test
    void recordsAFinishedSessionAndListsItInTheHistory() {
        ApiClient.Exchange saved = api.send(
                "POST",
                "/api/sessions",
                session(
                        "desk-a",
                        "gentle",
                        NOW.minusSeconds(300),
                        NOW.minusSeconds(10),
                        "stopped-for-pain",
                        "[" + exercise(0, firstExercise, "partial") + "]"));

        assertThat(saved.status()).isEqualTo(201);
        JsonNode history = api.get("/api/sessions").json();
        assertThat(history).hasSize(1);
        assertThat(history.at("/0/outcome").asString()).isEqualTo("stopped-for-pain");
        assertThat(history.at("/0/exercises/0/status").asString()).isEqualTo("partial");
        assertThat(wiring.sessionLogs().count()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "desk-z|standard|completed|0|completed|\"routine\" is not a routine of the catalogue; GET /api/routines lists the routines.",
                "desk-a|heavy|completed|0|completed|\"level\" must be one of gentle, standard, full.",
                "desk-a|standard|finished|0|completed|\"outcome\" must be one of completed, stopped-for-pain, skipped-parts, quit.",
                "desk-a|standard|completed|99|completed|\"position\" must be from 0 to",
                "desk-a|standard|completed|0|done|\"status\" must be one of completed, skipped, partial, not-started."
            })
    void refusesAWrongSessionWithOneSentenceAndStoresNothing(
            String routine, String level, String outcome, int position, String status, String sentence) {
        ApiClient.Exchange refused = api.send(
                "POST",
                "/api/sessions",
                session(
                        routine,
                        level,
                        NOW.minusSeconds(300),
                        NOW.minusSeconds(10),
                        outcome,
                        "[" + exercise(position, firstExercise, status) + "]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mediaType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("detail").asString()).startsWith(sentence);
        assertThat(wiring.sessionLogs().count()).isZero();
    }

    @Test
    void refusesASessionThatEndsBeforeItStarts() {
        ApiClient.Exchange refused = api.send(
                "POST",
                "/api/sessions",
                session("desk-a", "standard", NOW.minusSeconds(10), NOW.minusSeconds(300), "completed", "[]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("\"endedAt\" is before \"startedAt\"; a session ends after it starts.");
    }

    @Test
    void refusesAnExerciseThatIsNotTheRoutinesAtThatPosition() {
        ApiClient.Exchange refused = api.send(
                "POST",
                "/api/sessions",
                session(
                        "desk-a",
                        "standard",
                        NOW.minusSeconds(300),
                        NOW.minusSeconds(10),
                        "completed",
                        "[" + exercise(0, "pmr-jaw", "completed") + "]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("The exercise at position 0 of desk-a is " + firstExercise + ", not pmr-jaw.");
    }

    @Test
    void refusesAnUnknownField() {
        ApiClient.Exchange refused = api.send("POST", "/api/sessions", "{\"routine\": \"desk-a\", \"mood\": 3}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).startsWith("The body has a field that is not one of");
    }

    @Test
    void allowsEveryRoutineBeforeTheFirstCheckAndSuggestsOne() {
        JsonNode gate = api.get("/api/sessions/allowed?routine=desk-a").json();

        assertThat(gate.path("allowed").asBoolean()).isTrue();
        assertThat(gate.path("recheck").asString()).isEqualTo("NEVER_CHECKED");
        assertThat(gate.path("message").asString())
                .isEqualTo("Take the check once, so Nape knows which exercise is safe for you.");
    }

    @Test
    void blocksEverySessionAfterAnUrgentCheck() {
        JsonNode advice = api.send("POST", "/api/triage", "{\"signs\": [\"severe-sudden-headache\"]}")
                .json();
        JsonNode gate = api.get("/api/sessions/allowed?routine=desk-a").json();

        assertThat(advice.path("level").asString()).isEqualTo("URGENT");
        assertThat(gate.path("allowed").asBoolean()).isFalse();
        assertThat(gate.path("verdict").asString()).isEqualTo("URGENT");
        assertThat(gate.path("message").asString()).contains("No session starts while your last check");
    }
}
