package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The API speaks the request's language: every refusal's title and detail, from the guard at the
 * door to Jetty's own refusals, and the human words of its answers, while field names, ids and
 * enum values stay English. In the pseudo-language every such text is bracketed.
 */
class ApiLanguagesTest {
    private static final String CYRILLIC = "(?s).*[А-Яа-яЁё].*";

    @RegisterExtension
    final LocalServer local = new LocalServer();

    /** One request that is refused: its method, address and body, and the status it gets. */
    record Refusal(String name, int status, String method, String path, String body, String contentType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        LocalDate today = LocalDate.now();
        String note = "x".repeat(501);
        return Stream.of(
                new Refusal("nothing here", 404, "GET", "/nowhere", null, null),
                new Refusal("not JSON", 415, "POST", "/api/diary/pain", "pain=3", "text/plain"),
                new Refusal("empty body", 400, "POST", "/api/diary/pain", " ", "application/json"),
                new Refusal("malformed body", 400, "POST", "/api/diary/pain", "{pain", "application/json"),
                new Refusal("not an object", 400, "POST", "/api/diary/pain", "[3]", "application/json"),
                new Refusal("unknown field", 400, "POST", "/api/diary/pain", "{\"x\": 1}", "application/json"),
                new Refusal("pain missing", 400, "POST", "/api/diary/pain", "{}", "application/json"),
                new Refusal("pain too high", 400, "POST", "/api/diary/pain", "{\"pain\": 11}", "application/json"),
                new Refusal(
                        "where not a list",
                        400,
                        "POST",
                        "/api/diary/pain",
                        "{\"pain\": 3, \"where\": \"neck\"}",
                        "application/json"),
                new Refusal(
                        "unknown area",
                        400,
                        "POST",
                        "/api/diary/pain",
                        "{\"pain\": 3, \"where\": [\"moon\"]}",
                        "application/json"),
                new Refusal(
                        "note not text",
                        400,
                        "POST",
                        "/api/diary/pain",
                        "{\"pain\": 3, \"note\": 5}",
                        "application/json"),
                new Refusal(
                        "note too long",
                        400,
                        "POST",
                        "/api/diary/pain",
                        "{\"pain\": 3, \"note\": \"" + note + "\"}",
                        "application/json"),
                new Refusal("limit not a number", 400, "GET", "/api/diary/pain?limit=many", null, null),
                new Refusal("limit too high", 400, "GET", "/api/diary/pain?limit=5000", null, null),
                new Refusal("not a date", 400, "GET", "/api/plan?from=soon", null, null),
                new Refusal("date too far", 400, "GET", "/api/plan?from=1900-01-01", null, null),
                new Refusal(
                        "range backwards",
                        400,
                        "GET",
                        "/api/plan?from=" + today.plusDays(5) + "&to=" + today,
                        null,
                        null),
                new Refusal(
                        "range too long",
                        400,
                        "GET",
                        "/api/plan?from=" + today + "&to=" + today.plusDays(400),
                        null,
                        null),
                new Refusal("calendar date", 400, "GET", "/calendar.ics?from=soon", null, null),
                new Refusal("unknown routine", 404, "GET", "/api/routines/desk-z", null, null),
                new Refusal("unknown exercise", 404, "GET", "/api/exercises/no-such", null, null),
                new Refusal("which routine", 400, "GET", "/api/sessions/allowed", null, null),
                new Refusal("session field missing", 400, "POST", "/api/sessions", "{}", "application/json"),
                new Refusal(
                        "session of no routine",
                        400,
                        "POST",
                        "/api/sessions",
                        "{\"routine\": \"desk-z\", \"level\": \"standard\", \"startedAt\": \"2026-03-30T08:00:00Z\","
                                + " \"endedAt\": \"2026-03-30T08:05:00Z\", \"outcome\": \"completed\","
                                + " \"exercises\": []}",
                        "application/json"),
                new Refusal(
                        "session moment",
                        400,
                        "POST",
                        "/api/sessions",
                        "{\"routine\": \"desk-a\", \"level\": \"standard\", \"startedAt\": \"soon\","
                                + " \"endedAt\": \"2026-03-30T08:05:00Z\", \"outcome\": \"completed\","
                                + " \"exercises\": []}",
                        "application/json"),
                new Refusal(
                        "session level",
                        400,
                        "POST",
                        "/api/sessions",
                        "{\"routine\": \"desk-a\", \"level\": \"hard\", \"startedAt\": \"2026-03-30T08:00:00Z\","
                                + " \"endedAt\": \"2026-03-30T08:05:00Z\", \"outcome\": \"completed\","
                                + " \"exercises\": []}",
                        "application/json"),
                new Refusal(
                        "reminder answer",
                        400,
                        "POST",
                        "/api/reminders/answer",
                        "{\"answer\": \"later\"}",
                        "application/json"),
                new Refusal(
                        "reminders not running",
                        409,
                        "POST",
                        "/api/reminders/answer",
                        "{\"answer\": \"done\"}",
                        "application/json"),
                new Refusal("settings", 400, "PUT", "/api/settings", "{\"workStart\": \"25:00\"}", "application/json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesInRussianWhereEnglishSaysOtherwise(Refusal refusal) {
        JsonNode english = refused(refusal, "en-GB,en;q=0.8");
        JsonNode russian = refused(refusal, "ru-RU,ru;q=0.9,en;q=0.5");

        assertThat(russian.path("title").asString()).matches(CYRILLIC);
        assertThat(russian.path("status").asInt()).isEqualTo(refusal.status());
        assertThat(russian.path("type").asString()).isEqualTo("about:blank");
        assertThat(russian.path("detail").asString())
                .matches(CYRILLIC)
                .isNotEqualTo(english.path("detail").asString());
        assertThat(russian.path("title").asString())
                .isNotEqualTo(english.path("title").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void bracketsEveryWordOfARefusalInThePseudoLanguage(Refusal refusal) {
        JsonNode pseudo = refused(refusal, "en-XA");

        assertThat(pseudo.path("title").asString()).contains("[");
        assertThat(pseudo.path("detail").asString()).contains("[");
    }

    @Test
    void choosesTheLanguageByTheCookieBeforeTheBrowsersLanguages() {
        ApiClient.Exchange answer = local.api()
                .send(
                        "GET",
                        "/api/diary/pain?limit=0",
                        null,
                        "Accept-Language",
                        "en",
                        "Cookie",
                        WebTexts.COOKIE + "=ru");

        assertThat(answer.json().path("detail").asString())
                .isEqualTo("«limit» должен быть целым числом от 1 до 1000, а не 0.");
        assertThat(answer.json().path("title").asString()).isEqualTo("Неверный запрос");
    }

    @Test
    void refusesAnotherHostAndAnotherSiteInRussian() {
        RawHttp.Answer host = RawHttp.exchange(
                local.api().port(),
                "GET /api/routines HTTP/1.1\r\nHost: evil.example\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n");
        ApiClient.Exchange site = local.api()
                .send(
                        "POST",
                        "/api/diary/pain",
                        "{\"pain\": 3}",
                        "Origin",
                        "https://evil.example",
                        "Accept-Language",
                        "ru");

        assertThat(host.status()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(host.body()).path("detail").asString())
                .isEqualTo("Nape отвечает только по своему адресу на этом компьютере, например http://127.0.0.1:"
                        + local.api().port() + "/.");
        assertThat(site.status()).isEqualTo(403);
        assertThat(site.json().path("title").asString()).isEqualTo("Доступ запрещён");
        assertThat(site.json().path("detail").asString())
                .isEqualTo("Этот запрос пришёл с другого сайта, поэтому Nape его отклонил.");
    }

    /**
     * Jetty's refusals of a request it has read (a body too large or too slow) follow its language;
     * a request Jetty could not read (a header block too large) is answered in English, since
     * nothing of it, its languages included, is known.
     */
    @Test
    void answersJettysOwnRefusalsInTheRequestsLanguageWhereItCanBeRead() {
        String host = "Host: 127.0.0.1:" + local.api().port() + "\r\n";
        String tooLarge =
                "POST /api/diary/pain HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: "
                        + (RequestLimits.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n";
        RawHttp.Answer russian = RawHttp.exchange(local.api().port(), tooLarge + "Accept-Language: ru\r\n\r\n{");
        RawHttp.Answer chosen = RawHttp.exchange(local.api().port(), tooLarge + "Cookie: nape-lang=ru\r\n\r\n{");
        RawHttp.Answer pseudo = RawHttp.exchange(local.api().port(), tooLarge + "Accept-Language: en-XA\r\n\r\n{");
        RawHttp.Answer unreadable = RawHttp.exchange(
                local.api().port(),
                "GET /api/health HTTP/1.1\r\n" + host + "Accept-Language: ru\r\nX-Big: " + "a".repeat(9000)
                        + "\r\nConnection: close\r\n\r\n");

        assertThat(russian.status()).isEqualTo(413);
        JsonNode problem = ApiClient.JSON.readTree(russian.body());
        assertThat(problem.path("title").asString()).isEqualTo("Слишком большой запрос");
        assertThat(problem.path("detail").asString())
                .isEqualTo("Тело запроса больше 64 КиБ — это предел для Nape. Отправьте меньше.");
        assertThat(ApiClient.JSON.readTree(chosen.body()).path("detail").asString())
                .isEqualTo(problem.path("detail").asString());
        JsonNode pseudoProblem = ApiClient.JSON.readTree(pseudo.body());
        assertThat(pseudoProblem.path("title").asString()).contains("[");
        assertThat(pseudoProblem.path("detail").asString()).contains("[").contains("64");
        assertThat(unreadable.status()).isEqualTo(431);
        assertThat(ApiClient.JSON.readTree(unreadable.body()).path("detail").asString())
                .isEqualTo(
                        "The request headers are larger than 8 KiB, the most Nape reads; send fewer or shorter ones.");
    }

    @Test
    void givesTheAdviceAfterStrongPainInTheRequestsLanguageAndKeepsTheFieldsEnglish() {
        ApiClient.Exchange saved = local.api()
                .send("POST", "/api/diary/pain", "{\"pain\": 9, \"where\": [\"neck\"]}", "Accept-Language", "ru");

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().path("advice").asString())
                .isEqualTo("Это сильная боль. Пройдите проверку сейчас: она подскажет, нужно ли поговорить с врачом.");
        assertThat(saved.json().path("checkAgain").asBoolean()).isTrue();
        assertThat(saved.json().path("entry").path("where").get(0).asString()).isEqualTo("neck");
    }

    @Test
    void servesTheCatalogueInTheRequestsLanguageWithTheSameIds() {
        JsonNode english =
                local.api().send("GET", "/api/routines/desk-a", null).json().path("routine");
        JsonNode russian = local.api()
                .send("GET", "/api/routines/desk-a", null, "Accept-Language", "ru")
                .json()
                .path("routine");
        JsonNode pseudo = local.api()
                .send("GET", "/api/exercises", null, "Accept-Language", "en-XA")
                .json();

        assertThat(russian.path("id").asString()).isEqualTo("desk-a");
        assertThat(russian.path("part").asString())
                .isEqualTo(english.path("part").asString());
        assertThat(russian.path("name").asString()).matches(CYRILLIC);
        assertThat(russian.path("exercises")).isEqualTo(english.path("exercises"));
        List<String> unbracketed = new ArrayList<>();
        for (JsonNode exercise : pseudo) {
            String name = exercise.path("name").asString();
            if (!name.contains("[")) {
                unbracketed.add(name);
            }
        }
        assertThat(unbracketed).isEmpty();
    }

    /** Send a body of another type than JSON, which {@link ApiClient#send} declares every body to be. */
    private ApiClient.Exchange withContentType(Refusal refusal, List<String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(local.api().origin() + refusal.path()))
                .timeout(Duration.ofSeconds(20))
                .method(refusal.method(), HttpRequest.BodyPublishers.ofString(refusal.body()));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response =
                    local.api().http().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Exchange(
                    refusal.method(),
                    refusal.path(),
                    response.statusCode(),
                    response.headers().map(),
                    response.body());
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private JsonNode refused(Refusal refusal, String language) {
        List<String> headers = new ArrayList<>(List.of("Accept-Language", language, "Accept", "application/json"));
        ApiClient.Exchange answer;
        if (refusal.contentType() != null && !refusal.contentType().equals("application/json")) {
            headers.addAll(List.of("Content-Type", refusal.contentType()));
            answer = withContentType(refusal, headers);
        } else {
            answer = local.api().send(refusal.method(), refusal.path(), refusal.body(), headers.toArray(String[]::new));
        }
        assertThat(answer.status()).as(refusal.name() + ": " + answer.body()).isEqualTo(refusal.status());
        assertThat(answer.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        return answer.json();
    }
}
