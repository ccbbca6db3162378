package io.nape.store.persistence.psfs;

import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.psfs.PsfsRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keep PSFS answers in two tables: a row per answer and a row per rated activity. Times are UTC
 * epoch milliseconds. A skipped weekly prompt is an answer row without ratings: it counts as asked
 * ({@link #lastAsked}) and is no answer. Answers are health data: no message here quotes a value
 * read or written.
 */
public final class JdbcPsfsRepository implements PsfsRepository {
    private static final String SELECT = "SELECT a.id, a.at_ms, r.position, r.activity, r.score "
            + "FROM psfs_answer a JOIN psfs_rating r ON r.answer_id = a.id ";

    private final Jdbi jdbi;

    public JdbcPsfsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public PsfsAnswer save(PsfsAnswer answer) {
        Instant at = Instant.ofEpochMilli(answer.at().toEpochMilli());
        jdbi.useTransaction(handle -> {
            long id = handle.createQuery("INSERT INTO psfs_answer (at_ms) VALUES (:at) RETURNING id")
                    .bind("at", at.toEpochMilli())
                    .mapTo(Long.class)
                    .one();
            int position = 1;
            for (PsfsRating rating : answer.ratings()) {
                handle.createUpdate("INSERT INTO psfs_rating (answer_id, position, activity, score) "
                                + "VALUES (:answer, :position, :activity, :score)")
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
        return jdbi.withHandle(handle -> read(handle, SELECT + "ORDER BY a.at_ms, a.id, r.position"));
    }

    @Override
    public Optional<PsfsAnswer> latest() {
        return jdbi
                .withHandle(handle -> read(
                        handle,
                        SELECT + "WHERE a.id = (SELECT id FROM psfs_answer WHERE EXISTS "
                                + "(SELECT 1 FROM psfs_rating WHERE answer_id = psfs_answer.id) "
                                + "ORDER BY at_ms DESC, id DESC LIMIT 1) "
                                + "ORDER BY r.position"))
                .stream()
                .findFirst();
    }

    @Override
    public void skip(Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO psfs_answer (at_ms) VALUES (:at)")
                .bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Instant> lastAsked() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(at_ms) FROM psfs_answer")
                        .mapTo(Long.class)
                        .findOne())
                .map(JdbcPsfsRepository::sqlInstant);
    }

    private static List<PsfsAnswer> read(Handle handle, String sql) {
        Map<Long, Rows> answers = new LinkedHashMap<>();
        handle.createQuery(sql)
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
