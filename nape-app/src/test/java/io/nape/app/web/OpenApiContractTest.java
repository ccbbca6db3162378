package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.nape.app.Wiring;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Sign;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Call every operation of the OpenAPI document on the real server, with good and bad input, and
 * check each response against the document: its status must be documented for that operation, its
 * media type listed, and its body valid against the schema given there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {
    private static final String DOCUMENT_IRI = "https://nape.invalid/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @TempDir
    static Path home;

    private static Wiring wiring;
    private static WebServer server;
    private static ApiClient api;
    private static JsonNode document;
    private static SchemaRegistry schemas;
    private static final BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
    private static final Set<String> answered = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws IOException {
        wiring = ApiClient.wiring(home);
        server = WebServer.start(0, WebServer.features(wiring, ReminderHub.forLoop(commands::add)));
        api = new ApiClient(server.port());
        String text;
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/web/openapi.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = ApiClient.JSON.readTree(text);
        schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(DOCUMENT_IRI, text)));
    }

    @AfterAll
    static void stop() {
        server.close();
        wiring.close();
    }

    @Test
    @Order(1)
    void documentIsWellFormed() {
        assertThat(document.path("openapi").asString()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asString()).isNotBlank();
        assertThat(document.path("info").path("version").asString()).isNotBlank();
        assertThat(document.path("paths").size()).isGreaterThan(10);
        Set<String> operationIds = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            Set<String> templated = new TreeSet<>();
            Matcher names = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (names.find()) {
                templated.add(names.group(1));
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey() + " " + path.getKey();
                assertThat(METHODS).as(where).contains(operation.getKey());
                assertThat(operationIds.add(
                                operation.getValue().path("operationId").asString()))
                        .as("operationId of %s is unique", where)
                        .isTrue();
                assertThat(operation.getValue().path("responses").size())
                        .as("responses of %s", where)
                        .isPositive();
                Set<String> declared = new TreeSet<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("in").asString().equals("path")) {
                        assertThat(parameter.path("required").asBoolean())
                                .as(where)
                                .isTrue();
                        declared.add(parameter.path("name").asString());
                    }
                }
                assertThat(declared).as("path parameters of %s", where).isEqualTo(templated);
            }
        }
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode())
                    .as("%s resolves", ref)
                    .isFalse();
        }
        for (String name : document.path("components").path("schemas").propertyNames()) {
            assertThat(schema("#/components/schemas/" + name)).as(name).isNotNull();
        }
    }

    @Test
    @Order(1)
    void documentListsTheSignsAndConditionsTheCheckKnows() {
        JsonNode answers = document.at("/components/schemas/Answers/properties");
        assertThat(strings(answers.at("/signs/items/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Sign.values()).map(Sign::key).toList());
        assertThat(strings(answers.at("/conditions/items/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Condition.values()).map(Condition::key).toList());
    }

    @Test
    @Order(2)
    void servesTheDocumentItDescribes() {
        ApiClient.Exchange served = conform("/api/openapi.json", api.get("/api/openapi.json"));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.json()).isEqualTo(document);
    }

    @Test
    @Order(2)
    void catalogueOperationsMatchTheDocument() {
        assertThat(conform("/api/routines", api.get("/api/routines")).json().size())
                .isPositive();
        assertThat(conform("/api/routines/{id}", api.get("/api/routines/desk-a"))
                        .status())
                .isEqualTo(200);
        assertThat(conform("/api/routines/{id}", api.get("/api/routines/desk-z"))
                        .status())
                .isEqualTo(404);
        assertThat(conform("/api/exercises", api.get("/api/exercises")).status())
                .isEqualTo(200);
        String exercise = api.get("/api/routines/desk-a")
                .json()
                .at("/routine/exercises/0")
                .asString();
        assertThat(conform("/api/exercises/{id}", api.get("/api/exercises/" + exercise))
                        .status())
                .isEqualTo(200);
        assertThat(conform("/api/exercises/{id}", api.get("/api/exercises/No_Such"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void timelineOperationMatchesTheDocument() {
        String path = "/api/routines/{id}/timeline";
        assertThat(conform(path, api.get("/api/routines/desk-a/timeline")).status())
                .isEqualTo(200);
        assertThat(conform(path, api.get("/api/routines/desk-a/timeline?level=gentle"))
                        .status())
                .isEqualTo(200);
        assertThat(conform(path, api.get("/api/routines/desk-a/timeline?level=extreme"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.get("/api/routines/desk-z/timeline")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void playerTimelineMatchesTheDocument() {
        String path = "/session/{routine}/timeline.json";
        assertThat(conform(path, api.get("/session/isometric-complex/timeline.json?level=standard"))
                        .json()
                        .path("poses")
                        .isArray())
                .isTrue();
        assertThat(conform(path, api.get("/session/neck-pain-simple/timeline.json"))
                        .status())
                .isEqualTo(200);
        assertThat(conform(path, api.get("/session/desk-a/timeline.json?level=extreme"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.get("/session/desk-z/timeline.json")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void planOperationsMatchTheDocument() {
        assertThat(conform("/api/plan", api.get("/api/plan?from=2026-03-30&to=2026-04-05"))
                        .json()
                        .size())
                .isPositive();
        assertThat(conform("/api/plan", api.get("/api/plan")).status()).isEqualTo(200);
        assertThat(conform("/api/plan", api.get("/api/plan?from=2026-04-05&to=2026-03-30"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/plan", api.get("/api/plan?from=2026-02-30")).status())
                .isEqualTo(400);
        assertThat(conform("/api/plan", api.get("/api/plan?from=2026-01-01&to=2027-06-01"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/today", api.get("/api/today")).status()).isEqualTo(200);
        assertThat(conform("/api/progress", api.get("/api/progress")).status()).isEqualTo(200);
        assertThat(conform("/api/health", api.get("/api/health"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ok");
    }

    @Test
    @Order(2)
    void settingsOperationsMatchTheDocument() {
        assertThat(conform("/api/settings", api.get("/api/settings")).status()).isEqualTo(200);
        ApiClient.Exchange changed = conform(
                "/api/settings",
                api.send("PUT", "/api/settings", "{\"workStart\": \"08:30\", \"lunch\": null, \"level\": \"gentle\"}"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("workStart").asString()).isEqualTo("08:30");
        ApiClient.Exchange breaksAndWeek = conform(
                "/api/settings",
                api.send(
                        "PUT",
                        "/api/settings",
                        "{\"microBreakMinutes\": 4, \"callDetection\": false, \"yogaDays\": [\"TUE\", \"THU\", \"SAT\"],"
                                + " \"yogaTime\": \"18:30\", \"lunchSession\": true}"));
        assertThat(breaksAndWeek.status()).isEqualTo(200);
        assertThat(breaksAndWeek.json().path("yogaTime").asString()).isEqualTo("18:30");
        ApiClient.Exchange refused =
                conform("/api/settings", api.send("PUT", "/api/settings", "{\"workEnd\": \"25:00\", \"colour\": 1}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("workEnd");
        assertThat(refused.json().path("errors").size()).isEqualTo(2);
        assertThat(conform("/api/settings", api.send("PUT", "/api/settings", "[1, 2]"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/settings", api.send("PUT", "/api/settings", "{\"workStart\": "))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/settings", api.send("PUT", "/api/settings", null, "Content-Type", "text/plain"))
                        .status())
                .isEqualTo(415);
    }

    @Test
    @Order(3)
    void triageOperationMatchesTheDocument() {
        assertThat(conform("/api/triage", api.send("POST", "/api/triage", "{\"painLevel\": 3}"))
                        .status())
                .isEqualTo(200);
        assertThat(conform("/api/triage", api.send("POST", "/api/triage", "{}")).status())
                .isEqualTo(200);
        assertThat(conform("/api/triage", api.send("POST", "/api/triage", "{\"painLevel\": 11}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/triage", api.send("POST", "/api/triage", "{\"signs\": [\"itching\"]}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/triage", api.send("POST", "/api/triage", "not json"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void sessionOperationsMatchTheDocument() {
        JsonNode routine = api.get("/api/routines/desk-a").json().path("routine");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String session = "{\"routine\": \"desk-a\", \"level\": \"standard\", \"startedAt\": \""
                + now.minusSeconds(300) + "\", \"endedAt\": \"" + now.minusSeconds(60)
                + "\", \"outcome\": \"completed\", \"exercises\": [{\"position\": 0, \"exercise\": \""
                + routine.at("/exercises/0").asString() + "\", \"status\": \"completed\"}]}";
        assertThat(conform("/api/sessions", api.send("POST", "/api/sessions", session))
                        .status())
                .isEqualTo(201);
        assertThat(conform("/api/sessions", api.send("POST", "/api/sessions", session.replace("desk-a", "desk-z")))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/sessions", api.send("POST", "/api/sessions", "{}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform("/api/sessions", api.get("/api/sessions")).json().size())
                .isEqualTo(1);
        assertThat(conform("/api/sessions", api.get("/api/sessions?limit=0")).status())
                .isEqualTo(400);
        String allowed = "/api/sessions/allowed";
        assertThat(conform(allowed, api.get(allowed + "?routine=desk-a")).status())
                .isEqualTo(200);
        assertThat(conform(allowed, api.get(allowed)).status()).isEqualTo(400);
        assertThat(conform(allowed, api.get(allowed + "?routine=desk-z")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void reminderOperationsMatchTheDocument() throws Exception {
        var events = api.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(api.origin() + "/api/reminders/events"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines());
        events.body().close();
        ApiClient.Exchange opened = new ApiClient.Exchange(
                "GET",
                "/api/reminders/events",
                events.statusCode(),
                events.headers().map(),
                "");
        conformStatusAndType("/api/reminders/events", opened);
        assertThat(opened.status()).isEqualTo(200);
        String path = "/api/reminders/answer";
        ApiClient.Exchange taken = conform(path, api.send("POST", path, "{\"answer\": \"snooze-10\"}"));
        assertThat(taken.status()).isEqualTo(202);
        assertThat(commands.poll()).isEqualTo(new ReminderCommand.Snooze(io.nape.core.plan.SnoozeLength.TEN_MINUTES));
        assertThat(conform(path, api.send("POST", path, "{\"answer\": \"later\"}"))
                        .status())
                .isEqualTo(400);
        try (WebServer withoutLoop = WebServer.start(0, WebServer.features(wiring))) {
            ApiClient other = new ApiClient(withoutLoop.port());
            assertThat(conform(path, other.send("POST", path, "{\"answer\": \"skip\"}"))
                            .status())
                    .isEqualTo(409);
        }
    }

    @Test
    @Order(5)
    void presenceOperationsMatchTheDocument() {
        String path = "/api/presence";
        assertThat(conform(path, api.get(path)).status()).isEqualTo(200);
        ApiClient.Exchange taken = conform(
                path, api.send("POST", path, "{\"page\": \"tab-1\", \"visible\": false, \"idleSeconds\": 400}"));
        assertThat(taken.status()).isEqualTo(202);
        assertThat(taken.json().get("state").asString()).isEqualTo("away");
        assertThat(conform(path, api.send("POST", path, "{\"visible\": \"yes\", \"idleSeconds\": 4}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, "{\"visible\": true, \"idleSeconds\": -1}"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(5)
    void reminderEventDataMatchesTheDocument() {
        JsonNode data = ApiClient.JSON.readTree(RemindersApiTest.firedReminderJson());
        assertValid("#/components/schemas/ReminderEvent", data, "a reminder event");
        JsonNode deskBreak = ApiClient.JSON.readTree(RemindersApiTest.firedBreakJson());
        assertValid("#/components/schemas/ReminderEvent", deskBreak, "a micro-break's reminder event");
        assertThat(deskBreak.path("holds").path("en").asString()).isEqualTo("exercise 1: 1 min 25 s");
        assertThat(deskBreak.path("holds").path("ru").asString()).isEqualTo("упражнение 1: 1 мин 25 с");
    }

    @Test
    @Order(5)
    void diaryOperationsMatchTheDocument() {
        String path = "/api/diary/pain";
        ApiClient.Exchange logged = conform(
                path,
                api.send(
                        "POST",
                        path,
                        "{\"pain\": 8, \"where\": [\"neck\", \"arms\"], \"character\": [\"aching\"],"
                                + " \"stiffness\": 2, \"note\": \"after a long call\"}"));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().path("checkAgain").asBoolean()).isTrue();
        assertThat(conform(path, api.send("POST", path, "{\"pain\": 3}")).status())
                .isEqualTo(201);
        ApiClient.Exchange refused = conform(path, api.send("POST", path, "{\"pain\": 12, \"note\": \"secret\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("12").doesNotContain("secret");
        assertThat(conform(path, api.send("POST", path, "{\"where\": [\"knee\"]}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.get(path)).json().size()).isEqualTo(2);
        assertThat(conform(path, api.get(path + "?limit=x")).status()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void psfsOperationsMatchTheDocument() {
        String path = "/api/psfs";
        assertThat(conform(path, api.get(path)).json().path("latest").isNull()).isTrue();
        assertThat(conform(
                                path,
                                api.send(
                                        "POST",
                                        path,
                                        "{\"ratings\": [{\"activity\": \"Driving\", \"score\": 4},"
                                                + " {\"activity\": \"Reading\", \"score\": 5}]}"))
                        .status())
                .isEqualTo(201);
        ApiClient.Exchange second = conform(
                path,
                api.send(
                        "POST",
                        path,
                        "{\"ratings\": [{\"activity\": \"Driving\", \"score\": 7},"
                                + " {\"activity\": \"Reading\", \"score\": 8}]}"));
        assertThat(second.json().path("sinceFirst").path("meaningful").asString())
                .isEqualTo("better");
        assertThat(conform(path, api.send("POST", path, "{\"ratings\": [{\"activity\": \"Driving\", \"score\": 11}]}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, "{\"ratings\": []}")).status())
                .isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, null, "Content-Type", "text/plain"))
                        .status())
                .isEqualTo(415);
        assertThat(conform(path + "/skip", api.send("POST", path + "/skip", null))
                        .json()
                        .path("due")
                        .asBoolean())
                .isFalse();
        JsonNode overview = conform(path, api.get(path)).json();
        assertThat(overview.path("history").size()).isEqualTo(2);
        assertThat(overview.path("prompt").path("lastAsked").isNull()).isFalse();
        JsonNode progress = conform("/api/progress", api.get("/api/progress")).json();
        assertThat(progress.at("/psfs/answers").size()).isEqualTo(2);
        assertThat(progress.at("/psfs/band/upper").asDouble()).isEqualTo(6.5);
    }

    @Test
    @Order(5)
    void calendarOperationMatchesTheDocument() {
        assertThat(conform("/calendar.ics", api.get("/calendar.ics")).status()).isEqualTo(200);
        assertThat(conform("/calendar.ics", api.get("/calendar.ics?from=2026-03-30"))
                        .status())
                .isEqualTo(200);
        assertThat(conform("/calendar.ics", api.get("/calendar.ics?from=tomorrow"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(5)
    void fhirExportMatchesTheDocument() {
        assertThat(conform("/api/export/fhir", api.get("/api/export/fhir")).status())
                .isEqualTo(200);
    }

    @Test
    @Order(6)
    void programmeOperationsMatchTheDocument() {
        assertThat(conform("/api/settings", api.send("PUT", "/api/settings", "{\"level\": \"standard\"}"))
                        .status())
                .isEqualTo(200);
        assertThat(conform("/api/programme", api.get("/api/programme")).status())
                .isEqualTo(200);
        for (String pain : List.of("1", "1", "9")) {
            api.send("POST", "/api/diary/pain", "{\"pain\": " + pain + "}");
        }
        ApiClient.Exchange review = conform("/api/programme", api.get("/api/programme"));
        JsonNode stepDown = review.json().path("proposals").get(0);
        assertThat(stepDown.path("kind").asString()).as(review.body()).isEqualTo("step-down");
        assertThat(stepDown.path("why").asString()).isNotBlank();

        String path = "/api/programme/decisions";
        String answer = "{\"proposal\": \"" + stepDown.path("id").asString() + "\", \"answer\": \"confirmed\"}";
        ApiClient.Exchange confirmed = conform(path, api.send("POST", path, answer));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().path("planLevel").asString()).isEqualTo("gentle");
        assertThat(conform(path, api.send("POST", path, answer)).status()).isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, "{\"proposal\": \"x\", \"answer\": \"maybe\"}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, "{\"answer\": \"declined\"}"))
                        .status())
                .isEqualTo(400);
        assertThat(conform(path, api.send("POST", path, "[]")).status()).isEqualTo(400);
        ApiClient.Exchange history = conform("/api/programme/history", api.get("/api/programme/history"));
        assertThat(history.json().size()).isEqualTo(1);
        assertThat(history.json().get(0).path("answer").asString()).isEqualTo("confirmed");
    }

    @Test
    @Order(6)
    void refusalsByTheGuardMatchTheDocument() {
        ApiClient.Exchange refused = conform(
                "/api/settings",
                api.send("PUT", "/api/settings", "{\"level\": \"full\"}", "Origin", "https://evil.example"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    @Order(99)
    void everyDocumentedOperationWasCalled() {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        assertThat(new TreeSet<>(answered)).containsAll(documented);
    }

    /** Check one response against the document, and return it. */
    private static ApiClient.Exchange conform(String template, ApiClient.Exchange exchange) {
        String pointer = conformStatusAndType(template, exchange);
        if (exchange.mediaType().contains("json")) {
            assertValid(pointer, exchange.json(), exchange.method() + " " + exchange.path());
        }
        return exchange;
    }

    /** Check the status and media type are documented; the schema's pointer in the document. */
    private static String conformStatusAndType(String template, ApiClient.Exchange exchange) {
        String method = exchange.method().toLowerCase(java.util.Locale.ROOT);
        String where =
                exchange.method() + " " + exchange.path() + " answered " + exchange.status() + " " + exchange.body();
        JsonNode operation = document.path("paths").path(template).path(method);
        if (operation.isMissingNode()) {
            fail("%s %s is not in the document", exchange.method(), template);
        }
        JsonNode response = operation.path("responses").path(String.valueOf(exchange.status()));
        if (response.isMissingNode()) {
            fail("status %d is not documented for %s %s: %s", exchange.status(), exchange.method(), template, where);
        }
        assertThat(response.path("content").has(exchange.mediaType()))
                .as("media type %s is documented for %s", exchange.mediaType(), where)
                .isTrue();
        answered.add(exchange.method() + " " + template);
        return "#/paths/" + escape(template) + "/" + method + "/responses/" + exchange.status() + "/content/"
                + escape(exchange.mediaType()) + "/schema";
    }

    private static void assertValid(String pointer, JsonNode body, String where) {
        List<Error> errors = schema(pointer).validate(body);
        String text = body.toString();
        assertThat(errors)
                .as("%s against %s: %s", where, pointer, text.length() > 600 ? text.substring(0, 600) + "…" : text)
                .isEmpty();
    }

    private static Schema schema(String pointer) {
        return schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + pointer));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("$ref")) {
                    refs.add(member.getValue().asString());
                } else {
                    collectRefs(member.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            for (Iterator<JsonNode> items = node.values().iterator(); items.hasNext(); ) {
                collectRefs(items.next(), refs);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
