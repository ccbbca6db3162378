package io.nape.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A data file really damaged on disk, in English and in Russian: a page request answers a 5xx page
 * that says to restore and names the command, an API request a 5xx problem document with the same
 * advice, and the command line exits 1 with it; never a 400, never a stack trace.
 */
class DamagedDataFileTest {
    private static final String NL = System.lineSeparator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersEveryEdgeWithTheRestoreAdviceInTheRequestsLanguage() throws Exception {
        Path backup = dataWithABackup();
        Path data = home.resolve("nape.db");
        Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()));
        WebServer server = WebServer.start(0, WebServer.features(wiring));
        try {
            wiring.database().jdbi().useHandle(handle -> handle.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
            corruptTheMiddle(data);

            HttpResponse<String> english = get(server, "/api/diary/pain?limit=500", "application/json", "en");
            HttpResponse<String> russian = get(server, "/api/diary/pain", "application/json", "ru");
            HttpResponse<String> englishPage = get(server, "/diary", "text/html", "en");
            HttpResponse<String> russianPage = get(server, "/diary", "text/html", "ru");
            HttpResponse<String> write = post(server, "{\"pain\": 2}", "ru");
            HttpResponse<String> pseudoPage = get(server, "/diary", "text/html", "en-XA");
            HttpResponse<String> pseudo = get(server, "/api/diary/pain", "*/*", "en-XA");

            String restore = "./nape restore " + backup;
            assertThat(english.statusCode()).isEqualTo(500);
            assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(english.body());
            assertThat(problem.path("status").asInt()).isEqualTo(500);
            assertThat(problem.path("title").asString()).isEqualTo("Data file damaged");
            assertThat(problem.path("detail").asString())
                    .startsWith("The data file " + data + " was found damaged, so Nape stopped saving and kept it as ")
                    .endsWith("; stop Nape, then restore the newest backup with '" + restore + "'.");

            assertThat(russian.statusCode()).isEqualTo(500);
            assertThat(russian.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode russianProblem = JSON.readTree(russian.body());
            assertThat(russianProblem.path("title").asString()).isEqualTo("Файл данных повреждён");
            assertThat(russianProblem.path("detail").asString())
                    .startsWith("Файл данных " + data + " оказался повреждён, и Nape больше ничего не сохраняет."
                            + " Файл отложен под именем ")
                    .endsWith(" Остановите Nape, затем восстановите самую новую резервную копию: «" + restore + "».");

            assertThat(englishPage.statusCode()).isEqualTo(500);
            assertThat(englishPage.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/html");
            assertThat(englishPage.body())
                    .contains("<html lang=\"en\">")
                    .contains("<h1>Data file damaged</h1>")
                    .contains("restore the newest backup with '" + restore + "'.")
                    .contains("Type the command in a terminal")
                    .doesNotContain("Exception", "at io.", "at org.");
            assertThat(russianPage.statusCode()).isEqualTo(500);
            assertThat(russianPage.body())
                    .contains("<html lang=\"ru\">")
                    .contains("<h1>Файл данных повреждён</h1>")
                    .contains("восстановите самую новую резервную копию: «" + restore + "».")
                    .contains("Введите команду в терминале")
                    .doesNotContain("Exception", "at io.", "at org.");
            assertThat(write.statusCode()).as("no write is acknowledged").isEqualTo(500);
            assertThat(pseudoPage.statusCode()).isEqualTo(500);
            assertThat(textsOutsideBrackets(pseudoPage.body())).isEmpty();
            JsonNode pseudoProblem = JSON.readTree(pseudo.body());
            assertThat(pseudoProblem.path("title").asString()).contains("[");
            assertThat(pseudoProblem.path("detail").asString()).contains("[").contains(restore);
        } finally {
            server.close();
            wiring.close();
        }
        Path keptAside = keptAside();

        CliRun english = CliRun.run(home, "diary");
        CliRun russian = CliRun.run(home, "--lang", "ru", "diary");

        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err())
                .isEqualTo("The data file " + data + " was found damaged and is kept as " + keptAside
                        + ", so Nape does not start a new one; restore the newest backup with './nape restore "
                        + backup + "', or start with an empty data file with './nape restore --empty'." + NL);
        assertThat(russian.exitCode()).isEqualTo(1);
        assertThat(russian.err())
                .isEqualTo("Файл данных " + data + " был повреждён и отложен под именем " + keptAside
                        + ", поэтому Nape не создаёт новый. Восстановите самую новую резервную копию: «./nape restore "
                        + backup + "». Или начните с пустого файла данных: «./nape restore --empty»." + NL);
    }

    @Test
    void refusesToOpenAFileDamagedWhileNapeWasNotRunningInBothLanguages() throws Exception {
        Path backup = dataWithABackup();
        Path data = home.resolve("nape.db");
        corruptTheMiddle(data);

        CliRun russian = CliRun.run(home, "--lang", "ru", "today");
        Path keptAside = keptAside();

        assertThat(russian.exitCode()).isEqualTo(1);
        assertThat(russian.out()).isEmpty();
        assertThat(russian.err())
                .isEqualTo("Файл данных " + data + " повреждён. Nape отложил его под именем " + keptAside
                        + ". Восстановите самую новую резервную копию: «./nape restore " + backup + "»." + NL);
        CliRun restored = CliRun.run(home, "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        corruptTheMiddle(data);

        CliRun english = CliRun.run(home, "today");

        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err())
                .startsWith("The data file " + data + " was damaged, so Nape kept it as ")
                .endsWith("; restore the newest backup with './nape restore " + backup + "'." + NL);
    }

    /** The visible text nodes of a page that hold letters but no bracket, apart from the name "Nape". */
    static List<String> textsOutsideBrackets(String html) {
        String body = html.substring(html.indexOf("<body"));
        Matcher texts = Pattern.compile(">([^<]+)<").matcher(body);
        List<String> outside = new ArrayList<>();
        while (texts.find()) {
            String text = texts.group(1).strip();
            if (text.chars().anyMatch(Character::isLetter) && !text.contains("[") && !text.equals("Nape")) {
                outside.add(text);
            }
        }
        return outside;
    }

    /** A data file with enough pages to damage, and one backup of it; returns the backup. */
    private Path dataWithABackup() throws Exception {
        Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()));
        WebServer server = WebServer.start(0, WebServer.features(wiring));
        try {
            String note = "a note long enough to fill some pages ".repeat(10);
            for (int index = 0; index < 200; index++) {
                HttpResponse<String> saved = post(server, "{\"pain\": 1, \"note\": \"" + note + index + "\"}", "en");
                assertThat(saved.statusCode()).isEqualTo(201);
            }
            wiring.database().jdbi().useHandle(handle -> handle.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        } finally {
            server.close();
            wiring.close();
        }
        CliRun backedUp = CliRun.run(home, "backup");
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        try (Stream<Path> files = Files.list(home.resolve("backups"))) {
            return files.findFirst().orElseThrow();
        }
    }

    private Path keptAside() throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(file -> file.getFileName().toString().matches("nape\\.db\\.damaged-[0-9-]+"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Overwrite the middle fifth of the file, whole pages, with a pattern no page can hold. */
    private static void corruptTheMiddle(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raw.length() / 4096;
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            for (long page = pages * 2 / 5; page < pages * 3 / 5; page++) {
                raw.seek(page * 4096);
                raw.write(garbage);
            }
        }
    }

    private HttpResponse<String> post(WebServer server, String body, String language) throws Exception {
        String origin = "http://127.0.0.1:" + server.port();
        return http.send(
                HttpRequest.newBuilder(URI.create(origin + "/api/diary/pain"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(WebServer server, String path, String accept, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Accept", accept)
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
