package io.nape.store.persistence;

class PostgresqlPersonRowsMigrationTest extends PersonRowsMigrationContract {
    @Override
    String freshUrl() {
        return PostgresServer.freshDatabaseUrl();
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }
}
