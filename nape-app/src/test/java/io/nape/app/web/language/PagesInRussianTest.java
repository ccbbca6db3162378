package io.nape.app.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.web.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page over real HTTP in Russian, asked for by Accept-Language or by the Settings page's switch. */
class PagesInRussianTest {
    private static final Texts RUSSIAN = Texts.of(Language.RUSSIAN);
    private static final Texts ENGLISH = Texts.english();

    @TempDir
    Path dataFolder;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", dataFolder.toString()), null), new PrintWriter(new StringWriter()));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/, <h1>Сегодня</h1>, План на сегодня",
        "/check, <h1>Проверка</h1>, Насколько сильна боль прямо сейчас?",
        "/diary, <h1>Дневник</h1>, Записей пока нет.",
        "/progress, <h1>Прогресс</h1>, Занятия по неделям",
        "/library, <h1>Упражнения</h1>, Перейти к комплексам",
        "/settings, <h1>Настройки</h1>, Сохранить настройки",
        "/session/chair-stretch, Голосовые подсказки, Пропустить упражнение",
        "/library/exercise/iso-forehead-press, Давление лбом на ладони, Подсказки"
    })
    void everyPageSpeaksRussianWhenTheBrowserAsksForIt(String path, String heading, String phrase) throws Exception {
        HttpResponse<String> response = get(path, "ru-RU,ru;q=0.9,en;q=0.5", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"ru\">", heading, phrase)
                .doesNotContain("Skip to the content", "Press Start when you are ready.", "The numbers");
    }

    @Test
    void theSwitchOnTheSettingsPageOutweighsAnEnglishBrowser() throws Exception {
        HttpResponse<String> english = get("/progress", "en-GB", null);
        HttpResponse<String> russian = get("/progress", "en-GB", "nape-lang=ru");

        assertThat(english.body()).contains("<h1>Progress</h1>", "0 days in a row");
        assertThat(russian.body()).contains("<h1>Прогресс</h1>", "0 дней подряд");
    }

    @Test
    void aLoggedPainAndItsErrorsReadInRussian() throws Exception {
        HttpResponse<String> refused = post("/diary", "pain=11", "nape-lang=ru");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Ничего не записано; смотрите пометки у вопросов.", "Боль — целое число от 0 до 10.");

        HttpResponse<String> logged = post("/diary", "pain=8&note=after+work", "nape-lang=ru");
        assertThat(logged.body())
                .contains(
                        "Записана боль 8 (сильная).",
                        "Это сильная боль. Пройдите проверку сейчас",
                        ": боль 8 (сильная)")
                .contains("after work");
    }

    @Test
    void anUrgentCheckReadsInRussianWithTheRulesInRussian() throws Exception {
        HttpResponse<String> result = post("/check", "painLevel=6&sign=fever&sign=stiff-neck", "nape-lang=ru");

        assertThat(result.body())
                .contains("<h1 id=\"result-heading\" tabindex=\"-1\" data-focus>Ваш совет</h1>")
                .contains("Сейчас же вызовите скорую помощь", "Не начинайте сейчас занятие.", "Почему")
                .doesNotContain("call emergency services now");
        HttpResponse<String> session = get("/session/chair-stretch", "ru", null);
        assertThat(session.statusCode()).isEqualTo(403);
        assertThat(session.body())
                .contains("«Растяжка на стуле» сейчас начать нельзя", "Ваша последняя проверка не разрешает занятие")
                .contains("Занятия не начнутся, пока ваша последняя проверка");
    }

    @Test
    void theSettingsPageNamesItsFieldsInRussianInItsErrors() throws Exception {
        HttpResponse<String> refused = post(
                "/settings",
                "timeZone=Europe/Berlin&workStart=25:00&workEnd=18:00&morning=07:30&evening=21:00&breakEveryMinutes=60"
                        + "&level=standard&workDays=MON",
                "nape-lang=ru");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Ничего не сохранено: 1 значение не подходит; смотрите пометки у полей.")
                .contains("Начало работы", "ЧЧ:ММ, например 09:00", "ПН");
    }

    @Test
    void thePlayerCarriesItsScriptWordsAndTheCuesInTheLanguageOfThePage() throws Exception {
        HttpResponse<String> player = get("/session/chair-stretch", "ru", null);
        assertThat(player.body()).contains("&#34;next&#34;:&#34;Дальше: {cue}&#34;");

        HttpResponse<String> timeline = get("/session/chair-stretch/timeline.json", "ru", null);
        HttpResponse<String> english = get("/session/chair-stretch/timeline.json", "en", null);
        assertThat(timeline.body())
                .isNotEqualTo(english.body())
                .containsPattern("\"name\"\\s*:\\s*\"Растяжка на стуле\"");
        assertThat(timeline.body()).containsPattern("\"cue\"\\s*:\\s*\"[А-ЯЁ]");
    }

    @Test
    void anAddressWithNothingAtItSaysSoInRussian() throws Exception {
        HttpResponse<String> missing = get("/nothing-here", "ru", null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Не найдено", "По этому адресу ничего нет.", "На страницу «Сегодня»");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 день подряд, 1 day in a row",
        "3, 3 дня подряд, 3 days in a row",
        "5, 5 дней подряд, 5 days in a row",
        "21, 21 день подряд, 21 days in a row"
    })
    void aStreakCountsItsDaysInEachLanguage(int days, String russian, String english) {
        assertThat(RUSSIAN.get("progresspage.streak.days", "days", days)).isEqualTo(russian);
        assertThat(ENGLISH.get("progresspage.streak.days", "days", days)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | 1 упражнение | 1 exercise | из 1 упражнения | of 1 exercise | 1 занятие",
                "3 | 3 упражнения | 3 exercises | из 3 упражнений | of 3 exercises | 3 занятия",
                "5 | 5 упражнений | 5 exercises | из 5 упражнений | of 5 exercises | 5 занятий",
                "21 | 21 упражнение | 21 exercises | из 21 упражнения | of 21 exercises | 21 занятие"
            })
    void countsOfExercisesAndSessionsAgreeWithTheirNumber(
            int count, String russian, String english, String russianOf, String englishOf, String sessions) {
        assertThat(RUSSIAN.get(
                        "librarypage.routine", "exercises", count, "length", "5:00", "gentle", "4:00", "full", "6:00"))
                .startsWith(russian + ", 5:00");
        assertThat(ENGLISH.get(
                        "librarypage.routine", "exercises", count, "length", "5:00", "gentle", "4:00", "full", "6:00"))
                .startsWith(english + ", 5:00");
        assertThat(RUSSIAN.get("player.facts", "level", "мягкий", "exercises", count, "length", "5:00"))
                .contains(russian);
        assertThat(RUSSIAN.get(
                        "todaypage.done.session",
                        "routine",
                        "Осанка",
                        "outcome",
                        "выполнено",
                        "completed",
                        1,
                        "exercises",
                        count))
                .isEqualTo("Осанка: выполнено (1 " + russianOf + ")");
        assertThat(ENGLISH.get(
                        "todaypage.done.session",
                        "routine",
                        "Posture",
                        "outcome",
                        "completed",
                        "completed",
                        1,
                        "exercises",
                        count))
                .isEqualTo("Posture: completed (1 " + englishOf + ")");
        assertThat(RUSSIAN.get("progresspage.sessionsChart.description", "total", count, "weeks", 8, "thisWeek", 0))
                .startsWith(sessions + " за 8 нед.");
        assertThat(RUSSIAN.get("librarypage.count", "shown", count, "total", count))
                .isEqualTo(count + " " + russianOf + ".");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 значение не подходит",
        "3, 3 значения не подходят",
        "5, 5 значений не подходят",
        "21, 21 значение не подходит"
    })
    void theSettingsPageCountsTheValuesThatDoNotFit(int count, String russian) {
        assertThat(RUSSIAN.get("settingspage.notSaved", "count", count)).contains(russian);
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
