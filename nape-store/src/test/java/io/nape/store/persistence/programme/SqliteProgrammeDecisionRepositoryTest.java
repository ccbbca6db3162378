package io.nape.store.persistence.programme;

import io.nape.store.persistence.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteProgrammeDecisionRepositoryTest extends ProgrammeDecisionRepositoryContract {
    @TempDir
    Path folder;

    @Override
    Database openDatabase() {
        return Database.openSqlite(folder.resolve("nape.db"));
    }
}
