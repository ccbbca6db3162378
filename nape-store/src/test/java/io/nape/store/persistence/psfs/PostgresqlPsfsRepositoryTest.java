package io.nape.store.persistence.psfs;

import io.nape.store.persistence.Database;
import io.nape.store.persistence.PostgresServer;

class PostgresqlPsfsRepositoryTest extends PsfsRepositoryContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
