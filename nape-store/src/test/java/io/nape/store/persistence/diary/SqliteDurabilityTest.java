package io.nape.store.persistence.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill a process that is writing session logs, with SIGKILL at a random moment of its burst, then
 * check that every log it reported as committed is there, whole, and that SQLite finds the file
 * intact.
 */
class SqliteDurabilityTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void keepsEveryCommittedLogWhenTheWriterIsKilled(long seed) throws Exception {
        Path file = folder.resolve("nape.db");
        int killAfter = 20 + new Random(seed).nextInt(300);
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // No performance-data file in /tmp, which a killed process would leave behind.
                        "-XX:-UsePerfData",
                        // Its temporary files (SQLite's native library) where the test's go.
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SessionLogWriterProcess.class.getName(),
                        file.toString(),
                        Long.toString(seed))
                .redirectError(folder.resolve("writer.err").toFile())
                .start();
        Map<Long, Integer> committed = new LinkedHashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && committed.size() < killAfter) {
                if (line.startsWith("committed ")) {
                    String[] parts = line.split(" ");
                    committed.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                }
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writer.exitValue())
                .as("killed by SIGKILL; the writer said: %s", Files.readString(folder.resolve("writer.err")))
                .isEqualTo(137);
        assertThat(committed).hasSize(killAfter);

        try (Database database = Database.openSqlite(file)) {
            String integrity = database.jdbi().withHandle(handle -> handle.createQuery("PRAGMA integrity_check")
                    .mapTo(String.class)
                    .one());
            assertThat(integrity).isEqualTo("ok");
            JdbcSessionLogRepository repository = new JdbcSessionLogRepository(database, PersonId.LOCAL);
            Random sameSequence = new Random(seed);
            for (Map.Entry<Long, Integer> entry : committed.entrySet()) {
                SessionLog written = SessionLogs.aRandomSessionLog(sameSequence).withId(entry.getKey());
                assertThat(repository.find(entry.getKey())).contains(written);
                assertThat(written.exercises()).hasSize(entry.getValue());
            }
            assertThat(repository.count()).isGreaterThanOrEqualTo(killAfter);
        }
    }

    /**
     * Fifty short bursts on one file: each writer process appends pain entries and is killed with
     * SIGKILL after a random number of saves (often in the middle of the next one); after every kill
     * the file passes {@code PRAGMA integrity_check} and holds every entry any writer reported as saved.
     */
    @Test
    void keepsEveryReportedPainEntryThroughFiftyKills() throws Exception {
        Path file = folder.resolve("pain.db");
        Random moments = new Random(20260330);
        Map<Long, PainEntry> reported = new LinkedHashMap<>();
        for (int kill = 0; kill < 50; kill++) {
            long seed = 1_000L + kill;
            int killAfter = moments.nextInt(16);
            Process writer = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            // No performance-data file in /tmp, which a killed process would leave behind.
                            "-XX:-UsePerfData",
                            // Its temporary files (SQLite's native library) where the test's go.
                            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                            "-cp",
                            System.getProperty("java.class.path"),
                            PainEntryWriterProcess.class.getName(),
                            file.toString(),
                            Long.toString(seed))
                    .redirectError(folder.resolve("pain-writer.err").toFile())
                    .start();
            Random sameSequence = new Random(seed);
            int saved = 0;
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (saved < killAfter && (line = lines.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        long id = Long.parseLong(line.substring("committed ".length()));
                        reported.put(
                                id, PainEntries.aRandomPainEntry(sameSequence).withId(id));
                        saved++;
                    }
                }
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(writer.exitValue())
                    .as("kill %d; the writer said: %s", kill, Files.readString(folder.resolve("pain-writer.err")))
                    .isEqualTo(137);

            try (Database database = Database.openSqlite(file)) {
                String integrity = database.jdbi().withHandle(handle -> handle.createQuery("PRAGMA integrity_check")
                        .mapTo(String.class)
                        .one());
                assertThat(integrity).as("after kill %d", kill).isEqualTo("ok");
                JdbcPainEntryRepository repository = new JdbcPainEntryRepository(database, PersonId.LOCAL);
                Map<Long, PainEntry> stored = new HashMap<>();
                repository.findAll().forEach(entry -> stored.put(entry.id(), entry));
                assertThat(stored).as("after kill %d", kill).containsAllEntriesOf(reported);
            }
        }
        assertThat(reported).hasSizeGreaterThan(200);
    }
}
