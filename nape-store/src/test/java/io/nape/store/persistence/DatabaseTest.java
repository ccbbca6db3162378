package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void createsTheDataFolderAndFilesReadableByTheOwnerOnly() throws Exception {
        Path file = folder.resolve("data").resolve("nape.db");

        try (Database database = Database.openSqlite(file)) {
            database.jdbi().useHandle(handle -> {
                handle.execute("INSERT INTO session_log (routine, level, started_at_ms, ended_at_ms, outcome)"
                        + " VALUES ('desk-a', 'standard', 0, 1, 'completed')");

                assertThat(permissions(file.getParent())).isEqualTo("rwx------");
                assertThat(permissions(file)).isEqualTo("rw-------");
                assertThat(permissions(file.resolveSibling("nape.db-wal"))).isEqualTo("rw-------");
                assertThat(permissions(file.resolveSibling("nape.db-shm"))).isEqualTo("rw-------");
            });
        }
    }

    @Test
    void tightensAFileThatOthersCouldRead() throws Exception {
        Path file = folder.resolve("nape.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        Database.openSqlite(file).close();

        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void runsInWalModeWithFullSync() {
        try (Database database = Database.openSqlite(folder.resolve("nape.db"))) {
            String journal = database.jdbi().withHandle(handle -> handle.createQuery("PRAGMA journal_mode")
                    .mapTo(String.class)
                    .one());
            int synchronous = database.jdbi().withHandle(handle -> handle.createQuery("PRAGMA synchronous")
                    .mapTo(Integer.class)
                    .one());

            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(synchronous).as("2 is FULL").isEqualTo(2);
        }
    }

    @Test
    void opensTheSameFileTwiceWithoutMigratingAgain() {
        Path file = folder.resolve("nape.db");
        int migrationsAtFirstOpen;
        try (Database database = Database.openSqlite(file)) {
            migrationsAtFirstOpen = successfulMigrations(database);
        }

        try (Database database = Database.openSqlite(file)) {
            assertThat(successfulMigrations(database)).isEqualTo(migrationsAtFirstOpen);
            assertThat(migrationsAtFirstOpen).isGreaterThanOrEqualTo(2);
        }
    }

    private static int successfulMigrations(Database database) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void knowsTheNewestMigrationOfBothDialects() throws Exception {
        for (SqlDialect dialect : SqlDialect.values()) {
            Path folder =
                    Path.of("src/main/resources/db/migration", dialect.name().toLowerCase(Locale.ROOT));
            int newest;
            try (Stream<Path> files = Files.list(folder)) {
                newest = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.sql"))
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                        .max()
                        .orElseThrow();
            }
            assertThat(newest).as(dialect.name()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void explainsAnUnreachablePostgresqlServerInOneSentence() {
        assertThatThrownBy(() -> Database.openPostgresql("jdbc:postgresql://127.0.0.1:1/nape?connectTimeout=2"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Could not open the PostgreSQL database: ")
                .hasMessageEndingWith("Check the database URL and that the database is running.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void explainsADataFolderThatCannotBeCreated() throws Exception {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "x");

        assertThatThrownBy(() -> Database.openSqlite(blocker.resolve("nape.db")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("Could not create the data file " + blocker.resolve("nape.db")
                        + " (FileAlreadyExistsException). Check that its folder is writable,"
                        + " or set NAPE_HOME to another folder.");
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
