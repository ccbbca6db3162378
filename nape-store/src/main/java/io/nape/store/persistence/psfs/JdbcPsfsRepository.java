package io.nape.store.persistence.psfs;

import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.psfs.PsfsRepository;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Keep one person's PSFS answers in two tables: a row per answer and a row per rated activity. Times are UTC
 * epoch milliseconds. A skipped weekly prompt is an answer row without ratings: it counts as asked
 * ({@link #lastAsked}) and is no answer. Answers are health data: no message here quotes a value
 * read or written.
 */
public final class JdbcPsfsRepository implements PsfsRepository {
    private static final String SELECT = "SELECT a.id, a.at_ms, r.position, r.activity, r.score "
            + "FROM psfs_answer a JOIN psfs_rating r ON r.person_id = a.person_id AND r.answer_id = a.id "
            + "WHERE a.person_id = :person ";

    private final PersonScope scope;

    /** The PSFS answers of {@code person}. */
    public JdbcPsfsRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public PsfsAnswer save(PsfsAnswer answer) {
        Instant at = Instant.ofEpochMilli(answer.at().toEpochMilli());
        scope.useTransaction(handle -> {
            long id = handle.createQuery(
                            "INSERT INTO psfs_answer (person_id, at_ms) VALUES (:person, :at) RETURNING id")
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("at", at.toEpochMilli())
                    .mapTo(Long.class)
                    .one();
            int position = 1;
            for (PsfsRating rating : answer.ratings()) {
                handle.createUpdate("INSERT INTO psfs_rating (person_id, answer_id, position, activity, score) "
                                + "VALUES (:person, :answer, :position, :activity, :score)")
                        .bind(PersonScope.PERSON, scope.id())
                        .bind("answer", id)
                        .bind("position", position++)
                        .bind("activity", rating.activity())
                        .bind("score", rating.score())
                        .execute();
            }
        });
        return new PsfsAnswer(at, answer.ratings());
    }

    @Override
    public List<PsfsAnswer> findAll() {
        return scope.withHandle(handle -> read(handle, SELECT + "ORDER BY a.at_ms, a.id, r.position"));
    }

    @Override
    public Optional<PsfsAnswer> latest() {
        return scope
                .withHandle(handle -> read(
                        handle,
                        SELECT + "AND a.id = (SELECT id FROM psfs_answer WHERE person_id = :person AND EXISTS "
                                + "(SELECT 1 FROM psfs_rating WHERE person_id = psfs_answer.person_id"
                                + " AND answer_id = psfs_answer.id) "
                                + "ORDER BY at_ms DESC, id DESC LIMIT 1) "
                                + "ORDER BY r.position"))
                .stream()
                .findFirst();
    }

    @Override
    public void skip(Instant at) {
        scope.useHandle(
                handle -> handle.createUpdate("INSERT INTO psfs_answer (person_id, at_ms) VALUES (:person, :at)")
                        .bind(PersonScope.PERSON, scope.id())
                        .bind("at", at.toEpochMilli())
                        .execute());
    }

    @Override
    public Optional<Instant> lastAsked() {
        return scope.withHandle(
                        handle -> handle.createQuery("SELECT MAX(at_ms) FROM psfs_answer WHERE person_id = :person")
                                .bind(PersonScope.PERSON, scope.id())
                                .mapTo(Long.class)
                                .findOne())
                .map(JdbcPsfsRepository::sqlInstant);
    }

    private List<PsfsAnswer> read(Handle handle, String sql) {
        Map<Long, Rows> answers = new LinkedHashMap<>();
        handle.createQuery(sql)
                .bind(PersonScope.PERSON, scope.id())
                .map((row, context) -> {
                    long id = row.getLong("id");
                    Instant at = sqlInstant(row.getLong("at_ms"));
                    answers.computeIfAbsent(id, key -> new Rows(at, new ArrayList<>()))
                            .ratings()
                            .add(new PsfsRating(row.getString("activity"), row.getInt("score")));
                    return id;
                })
                .list();
        return answers.values().stream()
                .map(rows -> new PsfsAnswer(rows.at(), rows.ratings()))
                .toList();
    }

    private static Instant sqlInstant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    /** One answer's rows as read so far. */
    private record Rows(Instant at, List<PsfsRating> ratings) {}
}
