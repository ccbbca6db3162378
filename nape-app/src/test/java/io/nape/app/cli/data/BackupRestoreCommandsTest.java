package io.nape.app.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restores, CSV tables, and what start-up does with a damaged data file. */
class BackupRestoreCommandsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    private List<Path> kept(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .toList();
        }
    }

    private static void corruptTheMiddle(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raw.length() / 4096;
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek((pages / 2) * 4096);
            raw.write(garbage);
        }
    }

    @Test
    void writesADatedBackupReadableByTheOwnerOnly() throws Exception {
        AYearOfData.write(home, 7);

        CliRun run = CliRun.run(home, "backup");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path backup = backups().get(0);
        assertThat(backup.getFileName().toString()).matches("nape-\\d{8}-\\d{6}\\.db");
        assertThat(run.out())
                .isEqualTo(
                        "Backed up the data to " + backup + "; restore it with './nape restore " + backup + "'." + NL);
        assertThat(mode(backup)).isEqualTo("rw-------");
        assertThat(mode(home.resolve("backups"))).isEqualTo("rwx------");
    }

    @Test
    void neverReplacesAnExistingBackupFile() throws Exception {
        Path mine = Files.writeString(home.resolve("mine.db"), "precious");

        CliRun run = CliRun.run(home, "backup", mine.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("The backup file " + mine + " already exists; choose a new name so that no backup is"
                        + " replaced." + NL);
        assertThat(mine).hasContent("precious");
    }

    @Test
    void pointsToPgDumpForAPostgresqlDatabase() {
        CliRun run = CliRun.run(home, "--db", "jdbc:postgresql://127.0.0.1:1/nape", "backup");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Nape backs up only its own SQLite data file; use pg_dump to back up a PostgreSQL"
                        + " database." + NL);
    }

    @Test
    void keepsADamagedDataFileAsideAtStartUpAndOffersTheNewestBackupToRestore() throws Exception {
        AYearOfData.write(home, 11);
        Path export = home.resolve("before.json");
        assertThat(CliRun.run(home, "export", "--json", export.toString()).exitCode())
                .isZero();
        assertThat(CliRun.run(home, "backup").exitCode()).isZero();
        Path newest = backups().get(0);
        Path data = home.resolve("nape.db");
        corruptTheMiddle(data);
        byte[] damaged = Files.readAllBytes(data);

        CliRun startUp = CliRun.run(home, "diary");

        assertThat(startUp.exitCode()).isEqualTo(1);
        Path keptAside = kept("nape.db.damaged-").get(0);
        assertThat(startUp.err())
                .isEqualTo("The data file " + data + " was damaged, so Nape kept it as " + keptAside
                        + "; restore the newest backup with './nape restore " + newest + "'." + NL);
        assertThat(Files.readAllBytes(keptAside)).isEqualTo(damaged);
        assertThat(data).doesNotExist();

        for (String[] command : new String[][] {{"diary"}, {"log", "pain", "3"}, {"diary"}}) {
            CliRun later = CliRun.run(home, command);

            assertThat(later.exitCode()).isEqualTo(1);
            assertThat(later.err())
                    .isEqualTo("The data file " + data + " was found damaged and is kept as " + keptAside
                            + ", so Nape does not start a new one; restore the newest backup with './nape restore "
                            + newest + "', or start with an empty data file with './nape restore --empty'." + NL);
            assertThat(data).as("no new data file in place of the damaged one").doesNotExist();
        }

        CliRun restore = CliRun.run(home, "restore", newest.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).isEqualTo("Restored " + newest + " as the data file " + data + "." + NL);
        assertThat(mode(data)).isEqualTo("rw-------");
        Path after = home.resolve("after.json");
        assertThat(CliRun.run(home, "export", "--json", after.toString()).exitCode())
                .isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(export));
    }

    @Test
    void startsEmptyAfterDamageOnlyWhenAsked() throws Exception {
        AYearOfData.write(home, 5);
        Path data = home.resolve("nape.db");
        corruptTheMiddle(data);
        assertThat(CliRun.run(home, "diary").exitCode()).isEqualTo(1);
        Path keptAside = kept("nape.db.damaged-").get(0);
        assertThat(CliRun.run(home, "diary").err())
                .isEqualTo("The data file " + data + " was found damaged and is kept as " + keptAside
                        + ", so Nape does not start a new one; start with an empty data file with './nape restore"
                        + " --empty'." + NL);

        CliRun empty = CliRun.run(home, "restore", "--empty");

        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out())
                .isEqualTo("Started an empty data file " + data + "; the backups stay in " + home.resolve("backups")
                        + "." + NL);
        CliRun diary = CliRun.run(home, "diary");
        assertThat(diary.exitCode()).as(diary.err()).isZero();
        assertThat(keptAside).exists();
        assertThat(CliRun.run(home, "restore", "--empty").exitCode())
                .as("a sound data file is replaced only with --force")
                .isEqualTo(1);
    }

    @Test
    void offersTheNewestBackupForAnEmptyDataFileInsteadOfStartingANewOne() throws Exception {
        AYearOfData.write(home, 9);
        Path export = home.resolve("before.json");
        assertThat(CliRun.run(home, "export", "--json", export.toString()).exitCode())
                .isZero();
        assertThat(CliRun.run(home, "backup").exitCode()).isZero();
        Path newest = backups().get(0);
        Path data = home.resolve("nape.db");
        Files.delete(data);
        Files.createFile(data);

        CliRun diary = CliRun.run(home, "diary");

        assertThat(diary.exitCode()).isEqualTo(1);
        assertThat(diary.err())
                .isEqualTo("The data file " + data + " is empty, but there are backups of it, so Nape does not start a"
                        + " new one; restore the newest backup with './nape restore " + newest + "', or start with an"
                        + " empty data file with './nape restore --empty'." + NL);
        assertThat(data).isEmptyFile();

        CliRun restore = CliRun.run(home, "restore", newest.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        Path after = home.resolve("after.json");
        assertThat(CliRun.run(home, "export", "--json", after.toString()).exitCode())
                .isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(export));
    }

    @Test
    void asksForABackupOrEmpty() {
        CliRun neither = CliRun.run(home, "restore");
        CliRun both = CliRun.run(home, "restore", "--empty", "x.db");

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err())
                .startsWith("Name the backup FILE to restore, or add --empty to start with an empty data file." + NL);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("Give either a backup FILE or --empty, not both." + NL);
    }

    @Test
    void replacesASoundDataFileOnlyWithForceAndKeepsIt() throws Exception {
        assertThat(CliRun.run(home, "pause", "30m").exitCode()).isZero();
        Path backup = home.resolve("copy.db");
        assertThat(CliRun.run(home, "backup", backup.toString()).exitCode()).isZero();
        Path data = home.resolve("nape.db");

        CliRun refused = CliRun.run(home, "restore", backup.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .isEqualTo("The data file " + data + " is sound, so nothing was restored; add --force to replace it"
                        + " with the backup (the current file is then kept beside it)." + NL);

        CliRun forced = CliRun.run(home, "restore", "--force", backup.toString());

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        Path replaced = kept("nape.db.replaced-").get(0);
        assertThat(forced.out())
                .isEqualTo("Restored " + backup + " as the data file " + data + "; the previous data file is kept as "
                        + replaced + "." + NL);
    }

    @Test
    void refusesToRestoreAFileThatIsNotASoundDatabase() throws Exception {
        Path notABackup = Files.writeString(home.resolve("notes.db"), "not a database".repeat(400));

        CliRun run = CliRun.run(home, "restore", notABackup.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("The file " + notABackup + " is not a sound Nape database, so nothing was restored;"
                        + " choose another backup." + NL);
        assertThat(home.resolve("nape.db")).doesNotExist();
    }

    @Test
    void writesOneCsvFilePerTableReadableByTheOwnerOnly() throws Exception {
        AYearOfData.write(home, 3);
        Path folder = home.resolve("tables");

        CliRun run = CliRun.run(home, "export", "--csv", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 10 tables to " + folder + "." + NL);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "settings.csv",
                            "reminder-pause.csv",
                            "screenings.csv",
                            "screening-reasons.csv",
                            "pain-entries.csv",
                            "session-logs.csv",
                            "session-exercises.csv",
                            "reminders.csv",
                            "programme-decisions.csv",
                            "programme-flare-ups.csv");
        }
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.resolve("pain-entries.csv"))).isEqualTo("rw-------");
        String pain = Files.readString(folder.resolve("pain-entries.csv"), StandardCharsets.UTF_8);
        assertThat(pain).startsWith("id,at,pain,where,character,stiffness,note\r\n");
        assertThat(pain).contains("\"\"x\"\"").contains("\"line\nbreak");
    }
}
