package io.nape.store.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteDataImportTest extends DataImportContract {
    @TempDir
    Path folder;

    @Override
    Database openDatabase() {
        return Database.openSqlite(folder.resolve("nape.db"));
    }
}
