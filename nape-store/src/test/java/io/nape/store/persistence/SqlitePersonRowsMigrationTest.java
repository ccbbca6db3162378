package io.nape.store.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqlitePersonRowsMigrationTest extends PersonRowsMigrationContract {
    @TempDir
    Path folder;

    @Override
    String freshUrl() {
        return "jdbc:sqlite:" + folder.resolve("nape.db");
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }
}
