package io.nape.app.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.Settings;
import io.nape.core.plan.WeekSessions;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The break and week settings over real HTTP: the JSON API and the Settings page's form, in English and Russian. */
class SettingsWebTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                Clock.fixed(Instant.parse("2026-03-30T10:00:00Z"), BERLIN));
        wiring.settingsRepository().save(Settings.defaults(BERLIN));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        wiring.close();
    }

    @Test
    void theApiChangesAndShowsTheBreakAndWeekSettings() throws Exception {
        HttpResponse<String> changed = send(
                "PUT",
                "/api/settings",
                "application/json",
                "{\"microBreakMinutes\": 4, \"naturalBreakMinutes\": 10, \"maxPostponeMinutes\": 45,"
                        + " \"callDetection\": false, \"yogaDays\": [\"TUE\", \"THU\", \"SAT\"], \"yogaTime\": \"18:30\","
                        + " \"lunchSession\": true}",
                "en");

        assertThat(changed.statusCode()).isEqualTo(200);
        Settings saved = wiring.settings();
        assertThat(saved.breaks()).isEqualTo(new BreakRules(4, 10, 45, false));
        assertThat(saved.week())
                .isEqualTo(new WeekSessions(
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                        LocalTime.of(18, 30),
                        true));
        JsonNode shown =
                JSON.readTree(send("GET", "/api/settings", null, null, "en").body());
        assertThat(shown.path("microBreakMinutes").asInt()).isEqualTo(4);
        assertThat(shown.path("naturalBreakMinutes").asInt()).isEqualTo(10);
        assertThat(shown.path("maxPostponeMinutes").asInt()).isEqualTo(45);
        assertThat(shown.path("callDetection").asBoolean()).isFalse();
        assertThat(shown.path("yogaDays").toString()).isEqualTo("[\"TUE\",\"THU\",\"SAT\"]");
        assertThat(shown.path("yogaTime").asString()).isEqualTo("18:30");
        assertThat(shown.path("lunchSession").asBoolean()).isTrue();

        send("PUT", "/api/settings", "application/json", "{\"yogaTime\": null}", "en");
        assertThat(wiring.settings().week().yogaTime()).isNull();
    }

    @Test
    void theApiRefusesAMicroBreakOfSixMinutesInTheRequestsLanguage() throws Exception {
        String change = "{\"microBreakMinutes\": 6}";

        HttpResponse<String> russian = send("PUT", "/api/settings", "application/json", change, "ru-RU,ru;q=0.9");
        HttpResponse<String> english = send("PUT", "/api/settings", "application/json", change, "en");
        HttpResponse<String> pseudo = send("PUT", "/api/settings", "application/json", change, "en-XA");

        assertThat(russian.statusCode()).isEqualTo(400);
        assertThat(russian.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(russian.body());
        assertThat(problem.path("detail").asString())
                .isEqualTo("В «microBreakMinutes» укажите целое число минут от 1 до 5, а указано 6.");
        assertThat(problem.path("field").asString()).isEqualTo("microBreakMinutes");
        assertThat(JSON.readTree(english.body()).path("detail").asString())
                .isEqualTo("\"microBreakMinutes\" must be a whole number of minutes from 1 to 5, was 6.");
        assertThat(JSON.readTree(pseudo.body()).path("detail").asString()).startsWith("[");
        assertThat(wiring.settings().breaks()).isEqualTo(BreakRules.defaults());
    }

    @Test
    void theApiNamesAnUnknownSettingInRussian() throws Exception {
        HttpResponse<String> refused = send("PUT", "/api/settings", "application/json", "{\"colour\": 1}", "ru");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .startsWith("Такой настройки нет. Есть такие настройки: timeZone, ")
                .endsWith(", lunchSession.");
    }

    @Test
    void theFormSavesAndShowsTheBreakAndWeekSettings() throws Exception {
        Map<String, List<String>> form = defaultForm();
        form.put("microBreakMinutes", List.of("3"));
        form.put("naturalBreakMinutes", List.of("8"));
        form.put("maxPostponeMinutes", List.of("60"));
        form.put("callDetection", List.of(""));
        form.put("yogaDays", List.of("", "MON", "TUE", "SAT"));
        form.put("yogaTime", List.of("19:15"));
        form.put("lunchSession", List.of("", "true"));

        HttpResponse<String> saved = send("POST", "/settings", "application/x-www-form-urlencoded", encode(form), "en");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved. Today");
        assertThat(wiring.settings().breaks()).isEqualTo(new BreakRules(3, 8, 60, false));
        assertThat(wiring.settings().week())
                .isEqualTo(new WeekSessions(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                        LocalTime.of(19, 15),
                        true));
        String page = send("GET", "/settings", null, null, "en").body();
        assertThat(page)
                .contains("<label for=\"microBreakMinutes\">Micro-break lasts at most (minutes)</label>")
                .contains("id=\"microBreakMinutes\" name=\"microBreakMinutes\"")
                .contains("value=\"3\"", "value=\"8\"", "value=\"60\"", "value=\"19:15\"")
                .containsPattern("name=\"yogaDays\" value=\"SAT\" checked")
                .doesNotContainPattern("name=\"yogaDays\" value=\"WED\" checked")
                .containsPattern("name=\"lunchSession\" type=\"checkbox\" value=\"true\" checked")
                .doesNotContainPattern("name=\"callDetection\" type=\"checkbox\" value=\"true\" checked")
                .contains("Wait while you are in a call", "Yoga days", "Yoga time", "Offer a light routine at lunch");
    }

    @Test
    void theFormNamesTooFewYogaDaysByTheirLabelInRussian() throws Exception {
        Map<String, List<String>> form = defaultForm();
        form.put("yogaDays", List.of("", "MON", "TUE"));
        form.put("microBreakMinutes", List.of("6"));

        HttpResponse<String> refused =
                send("POST", "/settings", "application/x-www-form-urlencoded", encode(form), "ru");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<span class=\"field-error\" id=\"microBreakMinutes-error\">В «Микроперерыв длится не дольше"
                        + " (минут)» укажите целое число минут от 1 до 5, а указано 6.</span>")
                .contains("<span class=\"field-error\" id=\"yogaDays-error\">В «Дни йоги» укажите не меньше 3 дней,"
                        + " ведь йогу для шеи советуют делать не реже трёх раз в неделю; указано 2.</span>");
        assertThat(wiring.settings()).isEqualTo(Settings.defaults(BERLIN));
    }

    @Test
    void aFormWithoutTheBreakAndWeekFieldsKeepsThemAsSaved() throws Exception {
        send("PUT", "/api/settings", "application/json", "{\"microBreakMinutes\": 4, \"lunchSession\": true}", "en");
        Map<String, List<String>> form = defaultForm();
        for (String key : List.of(
                "microBreakMinutes",
                "naturalBreakMinutes",
                "maxPostponeMinutes",
                "callDetection",
                "yogaDays",
                "yogaTime",
                "lunchSession")) {
            form.remove(key);
        }
        form.put("workStart", List.of("08:00"));

        HttpResponse<String> saved = send("POST", "/settings", "application/x-www-form-urlencoded", encode(form), "en");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(wiring.settings().workStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(wiring.settings().breaks().microBreakMinutes()).isEqualTo(4);
        assertThat(wiring.settings().week().lunchSession()).isTrue();
    }

    /** The form as the page first shows it for the default settings, with the hidden fields of its check boxes. */
    private static Map<String, List<String>> defaultForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("workDays", List.of("MON", "TUE", "WED", "THU", "FRI"));
        form.put("workStart", List.of("09:00"));
        form.put("workEnd", List.of("18:00"));
        form.put("lunch", List.of("13:00-14:00"));
        form.put("breakEveryMinutes", List.of("60"));
        form.put("morning", List.of("07:30"));
        form.put("evening", List.of("21:00"));
        form.put("level", List.of("standard"));
        form.put("relaxationStart", List.of(""));
        form.put("timeZone", List.of("Europe/Berlin"));
        form.put("quietDays", List.of(""));
        form.put("microBreakMinutes", List.of("2"));
        form.put("naturalBreakMinutes", List.of("5"));
        form.put("maxPostponeMinutes", List.of("30"));
        form.put("callDetection", List.of("", "true"));
        form.put("yogaDays", List.of("", "MON", "WED", "FRI"));
        form.put("yogaTime", List.of(""));
        form.put("lunchSession", List.of(""));
        return form;
    }

    private static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .flatMap(field -> field.getValue().stream()
                        .map(value -> field.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String language)
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
