package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The language of the pages: Accept-Language, else the choice kept by the Settings page's switch. */
class LanguageSwitchWebTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void pagesFollowTheBrowsersLanguage() throws Exception {
        HttpResponse<String> page = get("/settings", "Accept-Language", "de-DE,ru;q=0.8,en;q=0.5");
        assertThat(page.body()).contains("<html lang=\"ru\">", ">Сегодня</a>", ">Язык страниц</label>");
        HttpResponse<String> english = get("/settings", "Accept-Language", "fr-FR,en;q=0.5");
        assertThat(english.body()).contains("<html lang=\"en\">", ">Today</a>");
    }

    @Test
    void theSwitchKeepsTheChoiceInACookieAndGoesBack() throws Exception {
        HttpResponse<String> chosen = postForm("lang=ru&back=/diary");
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).contains("/diary");
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("nape-lang=ru;").contains("HttpOnly", "SameSite=Lax", "Path=/");

        HttpResponse<String> page = get("/", "Accept-Language", "en", "Cookie", "nape-lang=ru");
        assertThat(page.body()).contains("<html lang=\"ru\">", ">Сегодня</a>");
        HttpResponse<String> settings = get("/settings", "Accept-Language", "en", "Cookie", "nape-lang=ru");
        assertThat(settings.body()).containsPattern("<option value=\"ru\" lang=\"ru\" selected");
    }

    @Test
    void followingTheBrowserAgainForgetsTheChoice() throws Exception {
        HttpResponse<String> reset = postForm("lang=auto");
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(reset.headers().firstValue("Location")).contains("/settings");
        assertThat(reset.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("nape-lang=;")
                .contains("Expires=Thu, 01 Jan 1970");
    }

    @Test
    void goesBackOnlyToAPageOfThisSite() throws Exception {
        assertThat(postForm("lang=en&back=//evil.example/x").headers().firstValue("Location"))
                .contains("/settings");
        assertThat(postForm("lang=en&back=https://evil.example/").headers().firstValue("Location"))
                .contains("/settings");
    }

    @Test
    void aLanguageNapeDoesNotSpeakIsRefusedWithOneSentence() throws Exception {
        HttpResponse<String> refused = postForm("lang=de");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nape does not speak 'de'; choose one of en, ru.");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(local.api().origin() + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(local.api().origin() + "/language"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", local.api().origin())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
