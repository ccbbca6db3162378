package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataVersionTest {
    @TempDir
    Path folder;

    private Database database;
    private Handle keeper;
    private DataVersion version;

    @BeforeEach
    void open() {
        database = Database.openSqlite(folder.resolve("nape.db"));
        keeper = database.jdbi().open();
        version = DataVersion.sqlite(keeper.getConnection());
    }

    @AfterEach
    void close() {
        keeper.close();
        database.close();
    }

    @Test
    void staysTheSameWhileNothingIsWritten() {
        OptionalLong before = version.current();
        database.jdbi().useHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM pain_entry")
                .mapTo(Long.class)
                .one());

        assertThat(before).isPresent();
        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void changesWhenAnotherConnectionOfThisProcessCommits() {
        OptionalLong before = version.current();

        database.jdbi().useHandle(DataVersionTest::insertPainEntry);

        assertThat(version.current()).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesWhenAnotherOpeningOfTheFileCommitsAsAnotherProcessWould() {
        OptionalLong before = version.current();

        try (Database other = Database.openSqlite(folder.resolve("nape.db"))) {
            other.jdbi()
                    .useHandle(handle -> handle.execute(
                            "INSERT INTO reminder_pause (id, until_ms) VALUES (1, ?)"
                                    + " ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms",
                            Instant.EPOCH.toEpochMilli()));
        }

        assertThat(version.current()).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesAgainForEveryCommit() {
        database.jdbi().useHandle(DataVersionTest::insertPainEntry);
        OptionalLong afterOne = version.current();

        database.jdbi().useHandle(DataVersionTest::insertPainEntry);

        assertThat(version.current()).isPresent().isNotEqualTo(afterOne);
    }

    @Test
    void isUnknownOnceTheHeldConnectionIsClosed() {
        keeper.close();

        assertThat(version.current()).isEmpty();
    }

    private static void insertPainEntry(Handle handle) {
        handle.execute("INSERT INTO pain_entry (at_ms, pain, areas, characters, stiffness, note)"
                + " VALUES (0, 3, 'neck', '', NULL, '')");
    }
}
