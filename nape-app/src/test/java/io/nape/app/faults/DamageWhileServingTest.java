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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data file damaged under a running server: from the first request that meets the damage, no
 * write is acknowledged, every request answers 500 with the restore advice, the file is kept aside,
 * and the command line refuses to start a new one until a backup is restored.
 */
class DamageWhileServingTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void stopsWritesAndAnswers500WithTheRestoreAdvice() throws Exception {
        Path data = home.resolve("nape.db");
        Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()));
        WebServer server = WebServer.start(0, WebServer.features(wiring));
        List<Integer> statuses = new ArrayList<>();
        Path backup;
        try {
            String note = "a note long enough to fill some pages ".repeat(10);
            for (int index = 0; index < 200; index++) {
                assertThat(post(server, "{\"pain\": " + index % 11 + ", \"note\": \"" + note + index + "\"}")
                                .statusCode())
                        .isEqualTo(201);
            }
            CliRun backedUp = CliRun.run(home, "backup");
            assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
            try (Stream<Path> files = Files.list(home.resolve("backups"))) {
                backup = files.findFirst().orElseThrow();
            }
            wiring.database().jdbi().useHandle(handle -> handle.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
            corruptTheMiddle(data);

            HttpResponse<String> read = get(server, "/api/diary/pain?limit=500", "*/*");
            statuses.add(read.statusCode());
            for (int index = 0; index < 5; index++) {
                statuses.add(post(server, "{\"pain\": 2}").statusCode());
                statuses.add(get(server, "/api/diary/pain", "*/*").statusCode());
            }
            HttpResponse<String> page = get(server, "/diary", "text/html");

            assertThat(read.statusCode()).isEqualTo(500);
            assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(read.body())
                    .contains("was found damaged, so Nape stopped saving and kept it as ")
                    .contains("; stop Nape, then restore the newest backup with './nape restore " + backup + "'.");
            assertThat(statuses).as("no write is acknowledged after the damage").containsOnly(500);
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("./nape restore " + backup);
        } finally {
            server.close();
            wiring.close();
        }
        assertThat(data).doesNotExist();
        Path keptAside;
        try (Stream<Path> files = Files.list(home)) {
            keptAside = files.filter(file -> file.getFileName().toString().matches("nape\\.db\\.damaged-[0-9-]+"))
                    .findFirst()
                    .orElseThrow();
        }

        CliRun diary = CliRun.run(home, "diary");

        assertThat(diary.exitCode()).isEqualTo(1);
        assertThat(diary.err())
                .isEqualTo("The data file " + data + " was found damaged and is kept as " + keptAside
                        + ", so Nape does not start a new one; restore the newest backup with './nape restore "
                        + backup + "', or start with an empty data file with './nape restore --empty'." + NL);
        CliRun restore = CliRun.run(home, "restore", backup.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        CliRun after = CliRun.run(home, "diary", "--json");
        assertThat(after.exitCode()).as(after.err()).isZero();
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

    private HttpResponse<String> post(WebServer server, String body) throws Exception {
        String origin = "http://127.0.0.1:" + server.port();
        return http.send(
                HttpRequest.newBuilder(URI.create(origin + "/api/diary/pain"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(WebServer server, String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
