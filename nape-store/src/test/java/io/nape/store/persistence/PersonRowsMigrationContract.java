package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.Screening;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by the program before persons (schema version 7), with rows in every table,
 * keeps every row through migration V8; each belongs to the local person, and the local
 * repositories read them back.
 */
abstract class PersonRowsMigrationContract {
    private static final long MONDAY = Instant.parse("2026-03-30T08:00:00Z").toEpochMilli();

    /** The rows of schema version 7, one or two per table, written with its own SQL. */
    private static final List<String> VERSION_7_ROWS = List.of(
            "INSERT INTO session_log (routine, level, started_at_ms, ended_at_ms, outcome)"
                    + " VALUES ('desk-a', 'standard', " + MONDAY + ", " + (MONDAY + 300_000) + ", 'completed')",
            "INSERT INTO session_exercise (session_id, position, exercise, status)"
                    + " SELECT id, 0, 'forehead-press', 'completed' FROM session_log",
            "INSERT INTO session_exercise (session_id, position, exercise, status)"
                    + " SELECT id, 1, 'back-of-head-press', 'skipped' FROM session_log",
            "INSERT INTO plan_settings (id, time_zone, work_days, work_start, work_end, lunch_start, lunch_end,"
                    + " morning, evening, break_every_minutes, quiet_days, level, relaxation_start,"
                    + " micro_break_minutes, yoga_days) VALUES (1, 'Europe/Berlin', 'MONDAY,TUESDAY', '09:00',"
                    + " '17:00', '12:30', '13:15', '08:00', '20:00', 60, '2026-04-03', 'gentle', NULL, 3,"
                    + " 'TUESDAY,THURSDAY,SATURDAY')",
            "INSERT INTO reminder_log (event_day, event_at, event_at_ms, kind, routine, level, minutes, outcome,"
                    + " at_ms, detail) VALUES ('2026-03-30', '2026-03-30T10:00+02:00', " + MONDAY
                    + ", 'MICRO_BREAK', 'desk-a', 'standard', 9, 'FIRED', " + MONDAY + ", '')",
            "INSERT INTO reminder_pause (id, until_ms) VALUES (1, " + (MONDAY + 3_600_000) + ")",
            "INSERT INTO screening (at_ms, age, pain_level, days_since_onset, worsening, onset, signs, conditions,"
                    + " level, exercise) VALUES (" + MONDAY + ", 41, 5, 2.5, NULL, 'gradual', 'headache', '',"
                    + " 'SEE_DOCTOR', 'GENTLE')",
            "INSERT INTO screening_reason (screening_id, position, rule, level, exercise, says, source)"
                    + " SELECT id, 0, 'headache', 'SEE_DOCTOR', 'GENTLE', 'See a doctor soon.', 'the source'"
                    + " FROM screening",
            "INSERT INTO pain_entry (at_ms, pain, areas, characters, stiffness, note)" + " VALUES (" + MONDAY
                    + ", 4, 'neck', '', 2, 'after a long call')",
            "INSERT INTO psfs_answer (at_ms) VALUES (" + MONDAY + ")",
            "INSERT INTO psfs_rating (answer_id, position, activity, score) SELECT id, 1, 'Driving', 4"
                    + " FROM psfs_answer",
            "INSERT INTO programme_decision (proposal, at_ms, kind, from_level, to_level, reason, answer,"
                    + " decided_at_ms) VALUES ('step-down@2026-03-30T08:00:00Z', " + MONDAY + ", 'step-down',"
                    + " 'standard', 'gentle', 'stopped-for-pain', 'confirmed', " + (MONDAY + 60_000) + ")",
            "INSERT INTO programme_flare_up (proposal, position, kind, at_ms, routine) VALUES"
                    + " ('step-down@2026-03-30T08:00:00Z', 1, 'stopped-for-pain', " + MONDAY + ", 'desk-a')");

    private static final List<String> TABLES = List.of(
            "session_log",
            "session_exercise",
            "plan_settings",
            "reminder_log",
            "reminder_pause",
            "screening",
            "screening_reason",
            "pain_entry",
            "psfs_answer",
            "psfs_rating",
            "programme_decision",
            "programme_flare_up");

    /** The URL of a new, empty database of the dialect under test. */
    abstract String freshUrl();

    abstract SqlDialect dialect();

    @Test
    void keepsEveryRowOfVersion7AsTheLocalPersons() throws SQLException {
        String url = freshUrl();
        Flyway.configure(getClass().getClassLoader())
                .dataSource(url, null, null)
                .locations(dialect().migrationLocation())
                .target("7")
                .configuration(Map.of("flyway.reportEnabled", "false"))
                .load()
                .migrate();
        Map<String, Long> before;
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String row : VERSION_7_ROWS) {
                statement.execute(row);
            }
            before = counts(connection, "");
        }
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isPositive());

        try (Database database = Database.open(url)) {
            try (Connection connection = DriverManager.getConnection(url)) {
                assertThat(counts(connection, "")).isEqualTo(before);
                assertThat(counts(connection, " WHERE person_id = 'local'")).isEqualTo(before);
            }
            readsEveryRowBackAsTheLocalPersons(database);
        }
    }

    @Test
    void startsEveryKeyAndIndexWithThePerson() throws SQLException {
        String url = freshUrl();
        Database.open(url).close();
        String firstColumns = dialect() == SqlDialect.SQLITE
                ? "SELECT m.tbl_name, m.name, i.name FROM sqlite_master m, pragma_index_info(m.name) i"
                        + " WHERE m.type = 'index' AND i.seqno = 0 AND m.tbl_name NOT LIKE 'flyway%'"
                        + " AND m.tbl_name <> 'sqlite_sequence'"
                : "SELECT t.relname, x.relname, a.attname FROM pg_index i"
                        + " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid"
                        + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]"
                        + " WHERE n.nspname = 'public' AND t.relname NOT LIKE 'flyway%'";
        Map<String, String> firstColumnOfIndex = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet results = statement.executeQuery(firstColumns)) {
            while (results.next()) {
                firstColumnOfIndex.put(results.getString(1) + "." + results.getString(2), results.getString(3));
            }
        }

        assertThat(firstColumnOfIndex.keySet().stream().map(index -> index.substring(0, index.indexOf('.'))))
                .containsAll(TABLES);
        assertThat(firstColumnOfIndex)
                .allSatisfy((index, column) -> assertThat(column).as(index).isEqualTo("person_id"));
    }

    private static void readsEveryRowBackAsTheLocalPersons(Database database) {
        PersonId local = PersonId.LOCAL;
        assertThat(new JdbcSettingsRepository(database, local).find().orElseThrow())
                .satisfies(settings -> {
                    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                    assertThat(settings.breaks().microBreakMinutes()).isEqualTo(3);
                });
        JdbcReminderRepository reminders = new JdbcReminderRepository(database, local);
        assertThat(reminders.pausedUntil()).contains(Instant.ofEpochMilli(MONDAY + 3_600_000));
        assertThat(reminders.findAll()).singleElement().satisfies(record -> assertThat(record.outcome())
                .isEqualTo(ReminderOutcome.FIRED));
        List<Screening> screenings = new JdbcScreeningRepository(database, local).findAll();
        assertThat(screenings).singleElement().satisfies(screening -> assertThat(
                        screening.result().reasons())
                .singleElement()
                .satisfies(reason -> assertThat(reason.rule()).isEqualTo("headache")));
        JdbcPainEntryRepository painEntries = new JdbcPainEntryRepository(database, local);
        PainEntry entry = painEntries.findAll().get(0);
        assertThat(painEntries.findAll()).hasSize(1);
        assertThat(entry.where()).containsExactly(PainArea.NECK);
        assertThat(entry.note()).isEqualTo("after a long call");
        List<SessionLog> logs = new JdbcSessionLogRepository(database, local).findAll();
        assertThat(logs).singleElement().satisfies(log -> assertThat(log.exercises())
                .hasSize(2));
        List<PsfsAnswer> answers = new JdbcPsfsRepository(database, local).findAll();
        assertThat(answers).singleElement().satisfies(answer -> assertThat(answer.ratings())
                .containsExactly(new PsfsRating("Driving", 4)));
        List<ProposalDecision> decisions = new JdbcProgrammeDecisionRepository(database, local).findAll();
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.proposal().id()).isEqualTo(new ProposalId("step-down@2026-03-30T08:00:00Z"));
            assertThat(decision.proposal().reason()).isInstanceOf(StoppedForPain.class);
        });

        PainEntry next = painEntries.save(new PainEntry(null, Instant.EPOCH, 1, Set.of(), Set.of(), null, ""));
        assertThat(next.id()).isGreaterThan(entry.id());
        assertThat(new JdbcPainEntryRepository(database, new PersonId("someone-else")).findAll())
                .isEmpty();
    }

    private static Map<String, Long> counts(Connection connection, String condition) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet results = statement.executeQuery("SELECT COUNT(*) FROM " + table + condition)) {
                    results.next();
                    counts.put(table, results.getLong(1));
                }
            }
        }
        return counts;
    }
}
