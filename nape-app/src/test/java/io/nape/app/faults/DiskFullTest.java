package io.nape.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full disk, for real: the data folder on a small tmpfs that the test fills. Every command and
 * every request says that the disk is full and nothing was lost (503 on the web, in English and in
 * Russian), the server logs it once, and when
 * the space comes back everything saved before is there and new writes work.
 */
class DiskFullTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path root;

    private SmallDisk disk;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void saysTheDiskIsFullOnEveryCommandAndRequestAndLosesNothing() throws Exception {
        disk = SmallDisk.mount(root.resolve("disk"), 2);
        Path home = disk.folder().resolve("nape");
        assertThat(CliRun.run(home, "log", "pain", "4").exitCode()).isZero();
        assertThat(CliRun.run(home, "log", "pain", "5").exitCode()).isZero();
        CliRun before = CliRun.run(home, "diary");
        assertThat(before.exitCode()).as(before.err()).isZero();
        String full = "The disk that holds the data folder " + home
                + " is full, and nothing saved was lost; free some space on that disk, then try again.";
        ListAppender<ILoggingEvent> log = capturedLog();
        disk.fill();

        Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()));
        WebServer server = WebServer.start(0, WebServer.features(wiring));
        try {
            for (int round = 0; round < 5; round++) {
                HttpResponse<String> write = send(server, "POST", "/api/diary/pain", "{\"pain\": 3}", "*/*");
                HttpResponse<String> read = send(server, "GET", "/api/diary/pain", null, "*/*");
                HttpResponse<String> page = send(server, "GET", "/diary", null, "text/html");

                assertThat(write.statusCode()).isEqualTo(503);
                assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(write.body()).contains(full.replace("\\", "\\\\"));
                assertThat(read.statusCode()).isEqualTo(503);
                assertThat(read.body()).contains("is full, and nothing saved was lost");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                assertThat(page.body()).contains("is full, and nothing saved was lost");
            }
            HttpResponse<String> russian =
                    send(server, "POST", "/api/diary/pain", "{\"pain\": 3}", "*/*", "Accept-Language", "ru");
            HttpResponse<String> russianPage =
                    send(server, "GET", "/diary", null, "text/html", "Accept-Language", "ru");
            String russianFull = "Диск с папкой данных " + home
                    + " заполнен. Всё сохранённое цело. Освободите место на этом диске и попробуйте ещё раз.";
            assertThat(russian.statusCode()).isEqualTo(503);
            assertThat(russian.headers().firstValue("Retry-After")).isPresent();
            JsonNode problem = JsonMapper.builder().build().readTree(russian.body());
            assertThat(problem.path("title").asString()).isEqualTo("Диск заполнен");
            assertThat(problem.path("detail").asString()).isEqualTo(russianFull);
            assertThat(russianPage.statusCode()).isEqualTo(503);
            assertThat(russianPage.body())
                    .contains("<h1>Диск заполнен</h1>", russianFull, "Попробовать ещё раз")
                    .doesNotContain("at io.", "at org.");
            List<ILoggingEvent> events = List.copyOf(log.list);
            assertThat(events.stream().filter(event -> event.getThrowableProxy() != null))
                    .as("one trace for the whole episode")
                    .hasSize(1);
            assertThat(events.stream().filter(event -> event.getLevel() == Level.WARN))
                    .hasSize(1);
            assertThat(events).noneMatch(event -> event.getLevel() == Level.ERROR);

            for (String[] command : new String[][] {{"log", "pain", "3"}, {"diary"}, {"today"}}) {
                CliRun run = CliRun.run(home, command);

                assertThat(run.exitCode()).isEqualTo(1);
                assertThat(run.err()).isEqualTo(full + NL);
            }
            CliRun inRussian = CliRun.run(home, "--lang", "ru", "log", "pain", "3");
            assertThat(inRussian.exitCode()).isEqualTo(1);
            assertThat(inRussian.err()).isEqualTo(russianFull + NL);

            disk.free();

            assertThat(CliRun.run(home, "diary").out()).isEqualTo(before.out());
            assertThat(send(server, "POST", "/api/diary/pain", "{\"pain\": 2}", "*/*")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(send(server, "GET", "/api/diary/pain", null, "*/*")
                            .body()
                            .replace(" ", ""))
                    .contains("\"pain\":2")
                    .contains("\"pain\":4")
                    .contains("\"pain\":5")
                    .doesNotContain("\"pain\":3");
        } finally {
            server.close();
            wiring.close();
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        }
        assertThat(CliRun.run(home, "log", "pain", "6").exitCode()).isZero();
    }

    private static ListAppender<ILoggingEvent> capturedLog() {
        LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private HttpResponse<String> send(
            WebServer server, String method, String path, String body, String accept, String... headers)
            throws Exception {
        String origin = "http://127.0.0.1:" + server.port();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accept)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Origin", origin);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
