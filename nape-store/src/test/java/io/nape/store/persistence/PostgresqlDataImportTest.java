package io.nape.store.persistence;

class PostgresqlDataImportTest extends DataImportContract {
    @Override
    Database openDatabase() {
        return Database.openPostgresql(PostgresServer.freshDatabaseUrl());
    }
}
