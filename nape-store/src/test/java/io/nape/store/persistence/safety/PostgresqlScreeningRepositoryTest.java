package io.nape.store.persistence.safety;

import io.nape.store.persistence.Database;
import io.nape.store.persistence.PostgresServer;

class PostgresqlScreeningRepositoryTest extends ScreeningRepositoryContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
