package io.nape.store.persistence.safety;

import io.nape.core.NapeException;
import io.nape.core.person.PersonId;
import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.ScreeningRepository;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * Keep each check of one person with its answers and the reasons as they read at the time, so that the advice in
 * force does not change when the rules are later revised.
 */
public final class JdbcScreeningRepository implements ScreeningRepository {
    private final PersonScope scope;

    /** The checks of {@code person}. */
    public JdbcScreeningRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public Screening save(Screening screening) {
        SymptomReport report = screening.report();
        TriageResult result = screening.result();
        return scope.inTransaction(handle -> {
            long id = handle.createQuery("INSERT INTO screening (person_id, at_ms, age, pain_level, days_since_onset,"
                            + " worsening, onset, signs, conditions, level, exercise) VALUES (:person, :at, :age, :pain,"
                            + " :days, :worsening, :onset, :signs, :conditions, :level, :exercise) RETURNING id")
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("at", screening.at().toEpochMilli())
                    .bind("age", report.age())
                    .bind("pain", report.painLevel())
                    .bind("days", report.daysSinceOnset())
                    .bind("worsening", report.worsening())
                    .bind("onset", report.onset().key())
                    .bind("signs", keys(report.signs(), Sign::key))
                    .bind("conditions", keys(report.conditions(), Condition::key))
                    .bind("level", result.level().name())
                    .bind("exercise", result.exercise().name())
                    .mapTo(Long.class)
                    .one();
            insertReasons(handle, scope.id(), id, result.reasons());
            return new Screening(id, Instant.ofEpochMilli(screening.at().toEpochMilli()), report, result);
        });
    }

    private static void insertReasons(Handle handle, String person, long id, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO screening_reason (person_id, screening_id, position,"
                + " rule, level, exercise, says, source) VALUES (:person, :id, :position, :rule, :level, :exercise,"
                + " :says, :source)");
        for (int position = 0; position < reasons.size(); position++) {
            Reason reason = reasons.get(position);
            batch.bind(PersonScope.PERSON, person)
                    .bind("id", id)
                    .bind("position", position)
                    .bind("rule", reason.rule())
                    .bind("level", reason.level().name())
                    .bind("exercise", reason.exercise().name())
                    .bind("says", reason.says())
                    .bind("source", reason.source())
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<Screening> findLatest() {
        return scope.withHandle(handle -> {
            Optional<Row> row = handle.createQuery(
                            "SELECT * FROM screening WHERE person_id = :person ORDER BY at_ms DESC, id DESC LIMIT 1")
                    .bind(PersonScope.PERSON, scope.id())
                    .map((results, context) -> Row.of(results))
                    .findOne();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            List<Reason> reasons = handle.createQuery(
                            "SELECT * FROM screening_reason WHERE person_id = :person AND screening_id = :id"
                                    + " ORDER BY position")
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("id", row.get().id)
                    .map((results, context) -> reason(results))
                    .list();
            return Optional.of(row.get().toScreening(reasons));
        });
    }

    @Override
    public List<Screening> findAll() {
        return scope.withHandle(handle -> {
            List<Row> rows = handle.createQuery("SELECT * FROM screening WHERE person_id = :person ORDER BY at_ms, id")
                    .bind(PersonScope.PERSON, scope.id())
                    .map((results, context) -> Row.of(results))
                    .list();
            Map<Long, List<Reason>> reasons = new HashMap<>();
            handle.createQuery(
                            "SELECT * FROM screening_reason WHERE person_id = :person ORDER BY screening_id, position")
                    .bind(PersonScope.PERSON, scope.id())
                    .map((results, context) -> Map.entry(results.getLong("screening_id"), reason(results)))
                    .forEach(entry -> reasons.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                            .add(entry.getValue()));
            return rows.stream()
                    .map(row -> row.toScreening(reasons.getOrDefault(row.id, List.of())))
                    .toList();
        });
    }

    private static Reason reason(ResultSet results) throws SQLException {
        return new Reason(
                results.getString("rule"),
                TriageLevel.valueOf(results.getString("level")),
                ExerciseAdvice.valueOf(results.getString("exercise")),
                results.getString("says"),
                results.getString("source"));
    }

    private static <T> String keys(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().collect(Collectors.joining(","));
    }

    /** One check row before its reasons are read. */
    private record Row(long id, Instant at, SymptomReport report, TriageLevel level, ExerciseAdvice exercise) {
        static Row of(ResultSet results) throws SQLException {
            try {
                SymptomReport report = SymptomReport.builder()
                        .age(nullableInt(results, "age"))
                        .painLevel(nullableInt(results, "pain_level"))
                        .daysSinceOnset(nullableDouble(results, "days_since_onset"))
                        .worsening(nullableBoolean(results, "worsening"))
                        .onset(Onset.fromKey(results.getString("onset")).orElseThrow())
                        .signs(ids(results.getString("signs"), Sign::fromKey))
                        .conditions(ids(results.getString("conditions"), Condition::fromKey))
                        .build();
                return new Row(
                        results.getLong("id"),
                        Instant.ofEpochMilli(results.getLong("at_ms")),
                        report,
                        TriageLevel.valueOf(results.getString("level")),
                        ExerciseAdvice.valueOf(results.getString("exercise")));
            } catch (RuntimeException unreadable) {
                throw new NapeException(
                        "The database holds a check this version cannot read. Run './nape check' again.", unreadable);
            }
        }

        Screening toScreening(List<Reason> reasons) {
            return new Screening(id, at, report, new TriageResult(level, exercise, reasons));
        }
    }

    private static <T> List<T> ids(String text, Function<String, Optional<T>> fromKey) {
        return Arrays.stream(text.split(","))
                .filter(key -> !key.isEmpty())
                .map(key -> fromKey.apply(key).orElseThrow())
                .toList();
    }

    private static @Nullable Integer nullableInt(ResultSet results, String column) throws SQLException {
        int value = results.getInt(column);
        return results.wasNull() ? null : value;
    }

    private static @Nullable Double nullableDouble(ResultSet results, String column) throws SQLException {
        double value = results.getDouble(column);
        return results.wasNull() ? null : value;
    }

    private static @Nullable Boolean nullableBoolean(ResultSet results, String column) throws SQLException {
        boolean value = results.getBoolean(column);
        return results.wasNull() ? null : value;
    }
}
