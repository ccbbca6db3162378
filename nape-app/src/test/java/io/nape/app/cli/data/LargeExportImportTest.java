package io.nape.app.cli.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.nape.app.Main;
import io.nape.app.cli.CliRun;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.DataImport;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.StoredData;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports and imports stay within the launcher's heap, and files no export could be are refused in one line. */
class LargeExportImportTest {
    private static final int PAIN_ENTRIES = 100_000;
    private static final int SESSIONS = 500;

    @TempDir
    Path folder;

    @Test
    void exportsAndImportsAHundredThousandPainEntriesWithinTheDefaultHeap() throws Exception {
        Path source = Files.createDirectories(folder.resolve("source"));
        Path target = Files.createDirectories(folder.resolve("target"));
        try (Database database = Database.openSqlite(source.resolve("nape.db"))) {
            new DataImport(database, PersonId.LOCAL).restore(manyEntries());
        }
        Path export = folder.resolve("export.json");

        Child exported = nape(source, "export", "--json", export.toString());
        Child imported = nape(target, "import", export.toString());

        assertThat(exported.exitCode()).as(exported.output()).isZero();
        assertThat(exported.output()).contains("Wrote " + (PAIN_ENTRIES + SESSIONS) + " records");
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported " + (PAIN_ENTRIES + SESSIONS) + " records");
        try (Database database = Database.openSqlite(target.resolve("nape.db"))) {
            assertThat(new JdbcPainEntryRepository(database, PersonId.LOCAL).count())
                    .isEqualTo(PAIN_ENTRIES);
            assertThat(new JdbcSessionLogRepository(database, PersonId.LOCAL).count())
                    .isEqualTo(SESSIONS);
        }
        Child csv = nape(source, "export", "--csv", folder.resolve("csv").toString());
        assertThat(csv.exitCode()).as(csv.output()).isZero();
        assertThat(Files.lines(folder.resolve("csv").resolve("pain-entries.csv")))
                .hasSize(PAIN_ENTRIES + 1);
    }

    @Test
    void refusesADeviceInOneLine() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        CliRun run =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.run(folder, "import", zero.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot import /dev/zero: it is not a regular file; give the file written by './nape export"
                        + " --json FILE'." + System.lineSeparator());
    }

    @Test
    void refusesAFileOfTwoHundredMegabytesInOneLineWithoutReadingIt() throws IOException {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }

        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> CliRun.run(folder.resolve("home"), "import", huge.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot import " + huge + ": it is larger than 128 MB, the most an import file may hold, so"
                        + " it is not an export of Nape's; nothing was imported." + System.lineSeparator());
    }

    @Test
    void refusesADuplicateKeyAsTheApiDoes() throws IOException {
        Path twice = folder.resolve("twice.json");
        Files.writeString(
                twice,
                "{\"formatVersion\": 1, \"painEntries\": [{\"id\": 1, \"note\": \"my private words\", \"note\": \"x\"}]}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(folder.resolve("home"), "import", twice.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot import " + twice + ": it is not valid JSON, a key appears twice in one object (line"
                        + " 1, column 82); nothing was imported." + System.lineSeparator())
                .doesNotContain("private");
    }

    @Test
    void refusesTextAfterTheExport() throws IOException {
        Path after = folder.resolve("after.json");
        Files.writeString(after, "{\"formatVersion\": 1} {\"more\": 1}", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(folder.resolve("home"), "import", after.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Cannot import " + after + ": it holds more than one JSON value");
    }

    private static StoredData manyEntries() {
        List<PainEntry> entries = new ArrayList<>();
        Instant start = Instant.parse("2020-01-01T08:00:00Z");
        for (int index = 0; index < PAIN_ENTRIES; index++) {
            entries.add(new PainEntry(
                    (long) index + 1,
                    start.plusSeconds(600L * index),
                    index % 11,
                    Set.of(PainArea.NECK),
                    Set.of(PainCharacter.ACHING),
                    index % 2 == 0 ? null : 3,
                    index % 3 == 0 ? "" : "after a long call, entry " + index));
        }
        List<SessionLog> logs = new ArrayList<>();
        for (int index = 0; index < SESSIONS; index++) {
            Instant startedAt = start.plusSeconds(3600L * index);
            logs.add(new SessionLog(
                    (long) index + 1,
                    new RoutineId("desk-a"),
                    DosageLevel.STANDARD,
                    startedAt,
                    startedAt.plusSeconds(300),
                    SessionOutcome.COMPLETED,
                    List.of(
                            new ExerciseResult(0, new ExerciseId("iso-forehead-press"), ExerciseStatus.COMPLETED),
                            new ExerciseResult(1, new ExerciseId("iso-temple-press"), ExerciseStatus.SKIPPED))));
        }
        return new StoredData(null, null, List.of(), entries, logs, List.of());
    }

    /** What a command run in its own JVM, with the launcher's heap, printed and returned. */
    private record Child(int exitCode, String output) {}

    private Child nape(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        File log = folder.resolve("child-" + System.nanoTime() + ".log").toFile();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("NAPE_HOME", home.toString());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nape " + String.join(" ", args) + " did not finish within 180 s");
        }
        return new Child(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
