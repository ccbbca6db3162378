package io.nape.app.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.figure.FigureSvg;
import io.nape.app.figure.OwnFigures;
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

/** The still drawing of an exercise over real HTTP: its figure's key pose, titled in the page's language. */
class FigureStillsWebTest {
    @TempDir
    Path dataFolder;

    private Wiring wiring;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        OwnFigures.copyInto(dataFolder);
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", dataFolder.toString()), null), new PrintWriter(new StringWriter()));
        server = WebServer.start(0, WebServer.features(wiring));
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @Test
    void servesTheKeyPoseOfAnExerciseWithAFigure() throws Exception {
        HttpResponse<String> response = get("/illustrations/figure-temple-press.svg", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(response.body())
                .isEqualTo(FigureSvg.still(wiring.catalogue()
                                .findExercise("figure-temple-press")
                                .orElseThrow())
                        .orElseThrow())
                .contains("data-exercise=\"figure-temple-press\"", "<title>Temple press, drawn</title>")
                .contains("data-joint=\"r-shoulder\"");
    }

    @Test
    void titlesTheDrawingInThePagesLanguage() throws Exception {
        HttpResponse<String> russian = get("/illustrations/figure-chin-tuck.svg", "ru-RU,ru;q=0.9");
        HttpResponse<String> english = get("/illustrations/figure-chin-tuck.svg", "en-GB");

        assertThat(russian.body()).contains("<title>Подбородок назад у стены, с рисунком</title>");
        assertThat(english.body()).contains("<title>Chin tuck at the wall, drawn</title>");
        assertThat(russian.body().replaceAll("<title>.*</title>", ""))
                .isEqualTo(english.body().replaceAll("<title>.*</title>", ""));
    }

    @Test
    void anExerciseWithoutAFigureOrAnUnknownOneHasNoDrawing() throws Exception {
        String plain = wiring.catalogue().exercises().stream()
                .filter(exercise -> exercise.figure() == null)
                .findFirst()
                .orElseThrow()
                .id()
                .value();

        assertThat(get("/illustrations/" + plain + ".svg", "en").statusCode()).isEqualTo(404);
        assertThat(get("/illustrations/no-such-exercise.svg", "en").statusCode())
                .isEqualTo(404);
        assertThat(get("/illustrations/figure-turns.png", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void theLibraryPageShowsTheDrawingOnlyWhereThereIsOne() throws Exception {
        String drawn = get("/library/exercise/figure-turns", "en").body();

        assertThat(drawn).contains("src=\"/illustrations/figure-turns.svg\"");
        String plain = wiring.catalogue().exercises().stream()
                .filter(exercise -> exercise.figure() == null)
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        assertThat(get("/library/exercise/" + plain, "en").body()).doesNotContain("/illustrations/");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept-Language", language)
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
