package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The row-level security of migration V8 alone, with no filter of the application: a role that is
 * not a superuser and cannot bypass it ({@code nape_app}) sees, changes, deletes and writes only the
 * rows of the person its transaction names in {@code nape.person}, and with no such setting none.
 */
class PostgresqlRowSecurityTest {
    private static final PersonId A = new PersonId("a");
    private static final PersonId B = new PersonId("b");

    /** A row of person b for every table, as the application role would write it. */
    private static final Map<String, String> ROWS_OF_B = new LinkedHashMap<>();

    static {
        ROWS_OF_B.put(
                "session_log",
                "INSERT INTO session_log (person_id, routine, level, started_at_ms, ended_at_ms,"
                        + " outcome) VALUES ('b', 'desk-a', 'standard', 0, 1, 'completed')");
        ROWS_OF_B.put(
                "session_exercise",
                "INSERT INTO session_exercise (person_id, session_id, position, exercise,"
                        + " status) VALUES ('b', 7, 99, 'forehead-press', 'completed')");
        ROWS_OF_B.put(
                "screening",
                "INSERT INTO screening (person_id, at_ms, onset, signs, conditions, level,"
                        + " exercise) VALUES ('b', 0, 'unknown', '', '', 'SELF_CARE', 'ALLOWED')");
        ROWS_OF_B.put(
                "screening_reason",
                "INSERT INTO screening_reason (person_id, screening_id, position, rule,"
                        + " level, exercise, says, source) VALUES ('b', 5, 99, 'rule', 'SELF_CARE', 'ALLOWED', 'says', 'x')");
        ROWS_OF_B.put("psfs_answer", "INSERT INTO psfs_answer (person_id, at_ms) VALUES ('b', 0)");
        ROWS_OF_B.put(
                "psfs_rating",
                "INSERT INTO psfs_rating (person_id, answer_id, position, activity, score)"
                        + " SELECT 'b', MIN(id), 3, 'Reading', 5 FROM psfs_answer");
        ROWS_OF_B.put(
                "programme_decision",
                "INSERT INTO programme_decision (person_id, proposal, at_ms, kind,"
                        + " from_level, to_level, reason, answer, decided_at_ms) VALUES ('b', 'new', 0, 'check', 'gentle',"
                        + " 'gentle', 'repeated-flare-ups', 'confirmed', 0)");
        ROWS_OF_B.put(
                "programme_flare_up",
                "INSERT INTO programme_flare_up (person_id, proposal, position, kind,"
                        + " at_ms) SELECT 'b', MIN(proposal), 9, 'stopped-for-pain', 0 FROM programme_decision");
        ROWS_OF_B.put(
                "pain_entry",
                "INSERT INTO pain_entry (person_id, at_ms, pain, areas, characters, note)"
                        + " VALUES ('b', 0, 1, '', '', '')");
        ROWS_OF_B.put(
                "reminder_log",
                "INSERT INTO reminder_log (person_id, event_day, event_at, event_at_ms, kind,"
                        + " routine, level, minutes, outcome, at_ms, detail) VALUES ('b', '2026-03-30',"
                        + " '2026-03-30T10:00+02:00', 0, 'MICRO_BREAK', 'desk-a', 'standard', 9, 'FIRED', 0, '')");
        ROWS_OF_B.put(
                "plan_settings",
                "INSERT INTO plan_settings (person_id, time_zone, work_days, work_start,"
                        + " work_end, morning, evening, break_every_minutes, quiet_days, level) VALUES ('b', 'UTC', 'MONDAY',"
                        + " '09:00', '17:00', '08:00', '20:00', 60, '', 'standard')");
        ROWS_OF_B.put("reminder_pause", "INSERT INTO reminder_pause (person_id, until_ms) VALUES ('b', 0)");
    }

    private String ownerUrl;
    private String appUrl;
    private Database owner;

    @BeforeEach
    void twoPersonsWithARowInEveryTable() throws SQLException {
        ownerUrl = PostgresServer.freshDatabaseUrl();
        owner = Database.openPostgresql(ownerUrl);
        StoredData data = DataImportContract.withPsfs(DataImportContract.aYearInMiniature());
        new DataImport(owner, A).restore(data);
        new DataImport(owner, B).restore(data);
        try (Connection connection = DriverManager.getConnection(ownerUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nape_app') THEN"
                    + " CREATE ROLE nape_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE; END IF; END $$");
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO nape_app");
            statement.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM nape_app");
            statement.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO nape_app");
        }
        appUrl = ownerUrl.replace("user=postgres", "user=nape_app");
        assertThat(appUrl).contains("user=nape_app");
        assertThat(ROWS_OF_B.keySet()).containsExactlyInAnyOrderElementsOf(personTables());
    }

    @AfterEach
    void close() {
        owner.close();
    }

    @Test
    void showsNoRowOfAnotherPerson() throws SQLException {
        try (Connection app = appConnection()) {
            enter(app, A);
            for (String table : ROWS_OF_B.keySet()) {
                assertThat(count(app, "SELECT COUNT(*) FROM " + table + " WHERE person_id = 'b'"))
                        .as(table)
                        .isZero();
                assertThat(count(app, "SELECT COUNT(*) FROM " + table))
                        .as(table)
                        .isPositive()
                        .isEqualTo(ownerCount(table, A));
            }
            app.rollback();
        }
    }

    @Test
    void changesAndDeletesNoRowOfAnotherPerson() throws SQLException {
        Map<String, Long> before = ownerCounts(B);
        try (Connection app = appConnection()) {
            enter(app, A);
            for (String table : ROWS_OF_B.keySet()) {
                assertThat(update(app, "UPDATE " + table + " SET person_id = person_id WHERE person_id = 'b'"))
                        .as(table)
                        .isZero();
                assertThat(update(app, "DELETE FROM " + table + " WHERE person_id = 'b'"))
                        .as(table)
                        .isZero();
            }
            app.commit();
        }
        assertThat(ownerCounts(B)).isEqualTo(before);
    }

    @Test
    void refusesToWriteARowForAnotherPersonOrToHandARowOver() throws SQLException {
        try (Connection app = appConnection()) {
            for (Map.Entry<String, String> row : ROWS_OF_B.entrySet()) {
                enter(app, A);
                assertThatThrownBy(() -> update(app, row.getValue()))
                        .as(row.getKey())
                        .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState())
                                .isEqualTo("42501"))
                        .hasMessageContaining("row-level security");
                app.rollback();
                enter(app, A);
                assertThatThrownBy(() -> update(app, "UPDATE " + row.getKey() + " SET person_id = 'b'"))
                        .as(row.getKey())
                        .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState())
                                .isEqualTo("42501"));
                app.rollback();
            }
        }
        assertThat(ownerCounts(B)).isEqualTo(ownerCounts(A));
    }

    @Test
    void showsAndTakesNothingWithoutTheSettingNorAfterTheTransactionThatSetIt() throws SQLException {
        try (Connection app = appConnection()) {
            for (String table : ROWS_OF_B.keySet()) {
                assertThat(count(app, "SELECT COUNT(*) FROM " + table))
                        .as(table)
                        .isZero();
            }
            assertThatThrownBy(() -> update(app, ROWS_OF_B.get("pain_entry").replace("'b'", "'a'")))
                    .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState())
                            .isEqualTo("42501"));
            app.rollback();
            enter(app, A);
            assertThat(count(app, "SELECT COUNT(*) FROM pain_entry")).isPositive();
            app.commit();
            for (String table : ROWS_OF_B.keySet()) {
                assertThat(count(app, "SELECT COUNT(*) FROM " + table))
                        .as(table)
                        .isZero();
            }
            app.rollback();
        }
    }

    @Test
    void letsTheRepositoriesWorkForEachPersonUnderTheWall() throws IOException, SQLException {
        StoredData data = DataImportContract.withPsfs(DataImportContract.aYearInMiniature());
        PersonId newcomer = new PersonId("c");
        try (Database app = Database.openPostgresql(appUrl)) {
            DataImport imported = new DataImport(app, newcomer);
            assertThat(imported.isEmpty()).isTrue();

            assertThat(imported.merge(data)).isEqualTo(9);

            assertThat(exportedPainEntries(app, A)).isEqualTo(data.painEntries());
            assertThat(exportedPainEntries(app, newcomer))
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyElementsOf(data.painEntries());
            JdbcPainEntryRepository entries = new JdbcPainEntryRepository(app, B);
            PainEntry saved = entries.save(new PainEntry(null, Instant.EPOCH, 2, Set.of(), Set.of(), null, ""));
            assertThat(entries.find(saved.id())).contains(saved);
            assertThat(entries.count()).isEqualTo(data.painEntries().size() + 1L);
        }
        assertThat(ownerCount("pain_entry", A)).isEqualTo(data.painEntries().size());
        assertThat(ownerCounts(newcomer).values())
                .allSatisfy(rows -> assertThat(rows).isPositive());
    }

    private static List<PainEntry> exportedPainEntries(Database database, PersonId person) throws IOException {
        return new DataExport(database, person).read(rows -> {
            List<PainEntry> entries = new ArrayList<>();
            rows.forEachPainEntry(entries::add);
            return entries;
        });
    }

    private Connection appConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(appUrl);
        connection.setAutoCommit(false);
        return connection;
    }

    /** Name the person for the transaction under way, as the repositories do. */
    private static void enter(Connection connection, PersonId person) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('nape.person', ?, true)")) {
            statement.setString(1, person.value());
            statement.executeQuery().close();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet results = statement.executeQuery(sql)) {
            results.next();
            return results.getLong(1);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Rows of a person as the owner sees them: as a superuser, past every policy. */
    private long ownerCount(String table, PersonId person) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ownerUrl);
                PreparedStatement statement =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?")) {
            statement.setString(1, person.value());
            try (ResultSet results = statement.executeQuery()) {
                results.next();
                return results.getLong(1);
            }
        }
    }

    private Map<String, Long> ownerCounts(PersonId person) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : ROWS_OF_B.keySet()) {
            counts.put(table, ownerCount(table, person));
        }
        return counts;
    }

    /** Every table of the schema but Flyway's own, each of which must hold persons' rows. */
    private List<String> personTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(ownerUrl);
                Statement statement = connection.createStatement();
                ResultSet results = statement.executeQuery("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'")) {
            while (results.next()) {
                assertThat(results.getBoolean(2)).as(results.getString(1)).isTrue();
                assertThat(results.getBoolean(3)).as(results.getString(1)).isTrue();
                tables.add(results.getString(1));
            }
        }
        return tables;
    }
}
