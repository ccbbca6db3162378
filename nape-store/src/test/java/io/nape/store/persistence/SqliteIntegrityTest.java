package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up checks the SQLite file; a damaged one is kept aside and the newest backup offered. */
class SqliteIntegrityTest {
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:00:00Z");

    @TempDir
    Path folder;

    private Path aDatabaseWithEntries(int count) {
        Path file = folder.resolve("nape.db");
        try (Database database = Database.startEmptySqlite(file)) {
            JdbcPainEntryRepository entries = new JdbcPainEntryRepository(database, PersonId.LOCAL);
            database.jdbi().useTransaction(oneCommit -> {
                for (int index = 0; index < count; index++) {
                    entries.save(new PainEntry(
                            null,
                            MONDAY.plusSeconds(index),
                            index % 11,
                            Set.of(),
                            Set.of(),
                            null,
                            "a note long enough to fill some pages " + index));
                }
            });
        }
        return file;
    }

    /**
     * Overwrite one whole page among the entries with a pattern: three quarters into the file, past
     * the pages of the schema (about forty, since migration V8 built every table anew).
     */
    private static void corruptTheMiddle(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raw.length() / 4096;
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek((pages * 3 / 4) * 4096);
            raw.write(garbage);
        }
    }

    private List<Path> filesNamed(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void opensASoundFileAsBefore() {
        Path file = aDatabaseWithEntries(20);

        try (Database database = Database.openSqlite(file)) {
            assertThat(new JdbcPainEntryRepository(database, PersonId.LOCAL).count())
                    .isEqualTo(20);
        }
        assertThat(SqliteFiles.isSound(file)).isTrue();
    }

    @Test
    void keepsADamagedFileAsideAndOffersTheNewestBackup() throws Exception {
        Path file = aDatabaseWithEntries(2_000);
        SqliteBackups backups = SqliteBackups.beside(file);
        Path newest;
        try (Database database = Database.openSqlite(file)) {
            backups.writeDated(database, MONDAY, ZoneOffset.UTC);
            newest = backups.writeDated(database, MONDAY.plusSeconds(86_400), ZoneOffset.UTC);
        }
        corruptTheMiddle(file);
        byte[] damaged = Files.readAllBytes(file);
        assertThat(SqliteFiles.isSound(file)).isFalse();

        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageStartingWith("The data file " + file + " was damaged, so Nape kept it as "
                        + folder.resolve("nape.db.damaged-"))
                .hasMessageEndingWith("; restore the newest backup with './nape restore " + newest + "'.");

        assertThat(file).doesNotExist();
        List<Path> kept = filesNamed("nape.db.damaged-");
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(damaged);
    }

    @Test
    void saysSoWhenThereIsNoBackupToOffer() throws Exception {
        Path file = aDatabaseWithEntries(2_000);
        corruptTheMiddle(file);

        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageEndingWith(
                        " and found no backup; start with an empty data file with './nape restore --empty'.");
    }

    @Test
    void startsNoNewFileAfterDamageUntilThePersonStartsEmpty() throws Exception {
        Path file = aDatabaseWithEntries(2_000);
        Path newest;
        try (Database database = Database.openSqlite(file)) {
            newest = SqliteBackups.beside(file).writeDated(database, MONDAY, ZoneOffset.UTC);
        }
        corruptTheMiddle(file);
        assertThatThrownBy(() -> Database.openSqlite(file)).isInstanceOf(DamagedDatabaseException.class);
        Path kept = filesNamed("nape.db.damaged-").get(0);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> Database.openSqlite(file))
                    .isInstanceOf(DamagedDatabaseException.class)
                    .hasMessage("The data file " + file + " was found damaged and is kept as " + kept
                            + ", so Nape does not start a new one; restore the newest backup with './nape restore "
                            + newest + "', or start with an empty data file with './nape restore --empty'.");
            assertThat(file).doesNotExist();
        }

        Database.startEmptySqlite(file).close();
        try (Database database = Database.openSqlite(file)) {
            assertThat(new JdbcPainEntryRepository(database, PersonId.LOCAL).count())
                    .isZero();
        }
    }

    @Test
    void offersTheNewestBackupForAnEmptyOrMissingFileBesideBackups() throws Exception {
        Path file = aDatabaseWithEntries(20);
        Path newest;
        try (Database database = Database.openSqlite(file)) {
            newest = SqliteBackups.beside(file).writeDated(database, MONDAY, ZoneOffset.UTC);
        }
        Files.delete(file);
        Files.createFile(file);
        String choices = ", but there are backups of it, so Nape does not start a new one; restore the newest"
                + " backup with './nape restore " + newest + "', or start with an empty data file with './nape"
                + " restore --empty'.";

        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(MissingDatabaseException.class)
                .hasMessage("The data file " + file + " is empty" + choices);
        assertThat(file).isEmptyFile();
        Files.delete(file);
        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(MissingDatabaseException.class)
                .hasMessage("The data file " + file + " is missing" + choices);
        assertThat(file).doesNotExist();
    }

    @Test
    void startsAnEmptyFileAnewForAPersonWithoutBackups() throws Exception {
        Path file = Files.createFile(folder.resolve("nape.db"));

        try (Database database = Database.openSqlite(file)) {
            assertThat(new JdbcPainEntryRepository(database, PersonId.LOCAL).count())
                    .isZero();
        }
        assertThat(SqliteFiles.isSound(file)).isTrue();
    }

    @Test
    void takesNoEmptyFileForASoundBackup() throws Exception {
        assertThat(SqliteFiles.isSound(Files.createFile(folder.resolve("empty.db"))))
                .isFalse();
    }

    @Test
    void stopsEveryUseAndKeepsTheFileAsideWhenDamageIsMetWhileOpen() throws Exception {
        Path file = aDatabaseWithEntries(2_000);
        Path newest;
        try (Database database = Database.openSqlite(file)) {
            newest = SqliteBackups.beside(file).writeDated(database, MONDAY, ZoneOffset.UTC);
        }
        try (Database database = Database.openSqlite(file)) {
            JdbcPainEntryRepository entries = new JdbcPainEntryRepository(database, PersonId.LOCAL);
            corruptTheMiddle(file);

            assertThatThrownBy(() -> entries.findBetween(MONDAY, MONDAY.plusSeconds(3_000)))
                    .isInstanceOfSatisfying(
                            DamagedDatabaseException.class,
                            damage -> assertThat(damage.firstOfEpisode()).isTrue())
                    .hasMessageStartingWith("The data file " + file + " was found damaged, so Nape stopped saving"
                            + " and kept it as " + folder.resolve("nape.db.damaged-"))
                    .hasMessageEndingWith(
                            "; stop Nape, then restore the newest backup with './nape restore " + newest + "'.");
            assertThatThrownBy(() -> entries.save(new PainEntry(null, MONDAY, 3, Set.of(), Set.of(), null, "")))
                    .isInstanceOfSatisfying(
                            DamagedDatabaseException.class,
                            damage -> assertThat(damage.firstOfEpisode()).isFalse());
            assertThat(database.dataVersion().current()).isEmpty();
        }
        assertThat(file).doesNotExist();
        Path kept = filesNamed("nape.db.damaged-").get(0);
        assertThat(SqliteFiles.isSound(kept)).isFalse();
        assertThatThrownBy(() -> Database.openSqlite(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void neverOverwritesAnEarlierDamagedFile() throws Exception {
        for (int round = 0; round < 2; round++) {
            Path file = aDatabaseWithEntries(2_000);
            corruptTheMiddle(file);
            assertThatThrownBy(() -> Database.openSqlite(file)).isInstanceOf(DamagedDatabaseException.class);
        }

        assertThat(filesNamed("nape.db.damaged-")).hasSize(2);
    }

    @Test
    void treatsAFileThatIsNotADatabaseAsDamaged() throws Exception {
        Path file = folder.resolve("nape.db");
        Files.writeString(file, "this is not a database, but it is not empty either".repeat(100));

        assertThatThrownBy(() -> Database.openSqlite(file)).isInstanceOf(DamagedDatabaseException.class);

        assertThat(filesNamed("nape.db.damaged-")).hasSize(1);
    }

    @Test
    void writesBackupsReadableByTheOwnerOnlyAndKeepsTheNewestSeven() throws Exception {
        Path file = aDatabaseWithEntries(50);
        SqliteBackups backups = SqliteBackups.beside(file);
        try (Database database = Database.openSqlite(file)) {
            for (int day = 0; day < 9; day++) {
                backups.writeDated(database, MONDAY.plusSeconds(day * 86_400L), ZoneOffset.UTC);
            }
            backups.writeDated(database, MONDAY.plusSeconds(8 * 86_400L), ZoneOffset.UTC);
        }

        List<Path> kept = backups.dated();
        assertThat(kept)
                .extracting(path -> path.getFileName().toString())
                .containsExactly(
                        "nape-20260402-080000.db",
                        "nape-20260403-080000.db",
                        "nape-20260404-080000.db",
                        "nape-20260405-080000.db",
                        "nape-20260406-080000.db",
                        "nape-20260407-080000.db",
                        "nape-20260407-080000-2.db")
                .hasSize(SqliteBackups.KEEP);
        for (Path backup : kept) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                    .isEqualTo("rw-------");
            assertThat(SqliteFiles.isSound(backup)).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
