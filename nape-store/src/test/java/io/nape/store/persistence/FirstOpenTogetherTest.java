package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that open a new data folder at the same moment (the reminders, and a command typed in
 * another terminal) all open it: one brings the schema up to date, the others wait for it.
 */
class FirstOpenTogetherTest {
    @TempDir
    Path folder;

    @Test
    void severalProcessesOpenANewDataFileAtOnce() throws Exception {
        Path file = folder.resolve("nape.db");
        List<Process> processes = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path go = folder.resolve("go");
        for (int i = 0; i < 6; i++) {
            processes.add(new ProcessBuilder(
                            java,
                            // No performance-data file in /tmp, which a killed process would leave behind.
                            "-XX:-UsePerfData",
                            // Its temporary files (SQLite's native library) where the test's go.
                            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                            "-cp",
                            System.getProperty("java.class.path"),
                            OpenDataFile.class.getName(),
                            file.toString(),
                            go.toString())
                    .redirectError(folder.resolve("process-" + i + ".log").toFile())
                    .start());
        }
        for (Process process : processes) { // each says when it is ready and waits for the file "go"
            assertThat(new java.io.BufferedReader(
                                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                            .readLine())
                    .isEqualTo("ready");
        }
        Files.createFile(go);
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(Files.readString(folder.resolve("process-" + i + ".log"), StandardCharsets.UTF_8))
                    .isZero();
        }
    }

    @Test
    void severalThreadsOpenANewDataFileAtOnce() throws Exception {
        Path file = folder.resolve("threads.db");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> open = () -> OpenDataFile.open(file);
                opened.add(threads.submit(open));
            }
            for (Future<Integer> each : opened) {
                assertThat(each.get(120, TimeUnit.SECONDS)).isEqualTo(Database.SCHEMA_VERSION);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Open a data file and read its schema version; exit 0 when that works. */
    public static final class OpenDataFile {
        public static void main(String[] args) throws InterruptedException {
            Path go = new File(args[1]).toPath();
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.sleep(5);
            }
            open(new File(args[0]).toPath());
        }

        static int open(Path file) {
            try (Database database = Database.openSqlite(file)) {
                return database.jdbi().withHandle(handle -> handle.createQuery(
                                "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")
                        .mapTo(Integer.class)
                        .one());
            }
        }
    }
}
