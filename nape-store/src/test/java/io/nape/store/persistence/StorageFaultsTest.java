package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Every fault of the disk and the data file is one of a family: each names the text a person reads
 * and says whether it can pass (disk full, file held by another program) or needs the person.
 */
class StorageFaultsTest {
    @TempDir
    Path folder;

    @Test
    void namesAFileHeldByAnotherProgramAsLockedAndPassing() {
        Path file = folder.resolve("nape.db");
        StorageFaults faults = new StorageFaults(file);
        SQLException busy =
                new SQLiteException("[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY);

        StorageException named = faults.name(new UnableToExecuteStatementException(busy, null));

        assertThat(named).isInstanceOf(DatabaseLockedException.class);
        assertThat(named.passes()).isTrue();
        assertThat(named.textKey()).isEqualTo("storage.locked");
        assertThat(named.textArguments()).containsEntry("file", file.toString());
        assertThat(named)
                .hasMessage("Another program is holding the data file " + file
                        + ", so Nape could not use it just now; close that program or wait a moment, then try again.");
    }

    @Test
    void namesATableLockedByAnotherConnectionAsLockedToo() {
        SQLException locked = new SQLiteException("[SQLITE_LOCKED] table is locked", SQLiteErrorCode.SQLITE_LOCKED);

        assertThat(new StorageFaults(folder.resolve("nape.db")).name(locked))
                .isInstanceOf(DatabaseLockedException.class);
    }

    @Test
    void aFullDiskPassesAndDamageDoesNot() {
        Path file = folder.resolve("nape.db");

        StorageFullException full = StorageFaults.full(folder, new SQLException("[SQLITE_FULL]"));
        StorageException damaged = new StorageFaults(file)
                .name(new SQLiteException("[SQLITE_CORRUPT] malformed", SQLiteErrorCode.SQLITE_CORRUPT));

        assertThat(full.passes()).isTrue();
        assertThat(full.textKey()).isEqualTo("storage.full");
        assertThat(damaged).isInstanceOf(DamagedDatabaseException.class);
        assertThat(damaged.passes()).isFalse();
        assertThat(damaged.textKey()).startsWith("storage.damaged.whileOpen.");
        StorageFaults.endFullEpisode(folder);
    }

    @Test
    void reportsDamageAgainWithTheSameTextButNotAsTheFirst() {
        Path file = folder.resolve("nape.db");
        StorageFaults faults = new StorageFaults(file);
        StorageException first =
                faults.name(new SQLiteException("[SQLITE_NOTADB] not a database", SQLiteErrorCode.SQLITE_NOTADB));

        StorageException again =
                faults.name(new SQLiteException("[SQLITE_CORRUPT] malformed", SQLiteErrorCode.SQLITE_CORRUPT));

        assertThat(first.firstOfEpisode()).isTrue();
        assertThat(again.firstOfEpisode()).isFalse();
        assertThat(again).hasMessage(first.getMessage());
        assertThat(again.textKey()).isEqualTo(first.textKey());
        assertThat(again.textArguments()).isEqualTo(first.textArguments());
    }
}
