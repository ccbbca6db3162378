package io.nape.store.persistence.diary;

import io.nape.store.persistence.Database;
import io.nape.store.persistence.PostgresServer;

class PostgresqlPainEntryRepositoryTest extends PainEntryRepositoryContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
