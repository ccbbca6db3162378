package io.nape.store.persistence.programme;

import io.nape.store.persistence.Database;
import io.nape.store.persistence.PostgresServer;

class PostgresqlProgrammeDecisionRepositoryTest extends ProgrammeDecisionRepositoryContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
