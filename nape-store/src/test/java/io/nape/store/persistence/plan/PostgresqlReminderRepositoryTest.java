package io.nape.store.persistence.plan;

import io.nape.store.persistence.Database;
import io.nape.store.persistence.PostgresServer;

class PostgresqlReminderRepositoryTest extends ReminderRepositoryContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
