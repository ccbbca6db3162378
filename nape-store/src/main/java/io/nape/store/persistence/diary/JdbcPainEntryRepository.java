package io.nape.store.persistence.diary;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import io.nape.store.persistence.RecordRows;
import io.nape.store.records.PainEntryDescription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.statement.Query;

/**
 * Keep one person's pain entries in one table, a row per entry. Times are UTC epoch milliseconds, so a saved
 * entry reads back equal to the original once its instant is cut to the millisecond. Entries are
 * health data: no message here quotes a value read or written.
 */
public final class JdbcPainEntryRepository implements PainEntryRepository {
    private static final RecordRows<PainEntry> ROWS = RecordRows.of(PainEntryDescription.TYPE);
    private static final String SELECT = ROWS.select();

    /** Rows PostgreSQL sends at a time inside a transaction; SQLite steps row by row anyway. */
    static final int FETCH_SIZE = 500;

    private final PersonScope scope;

    /** The pain entries of {@code person}. */
    public JdbcPainEntryRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public PainEntry save(PainEntry entry) {
        long id = scope.inTransaction(handle -> ROWS.bind(
                        handle.createQuery(ROWS.insert(false, "") + " RETURNING id")
                                .bind(PersonScope.PERSON, scope.id()),
                        entry,
                        false)
                .mapTo(Long.class)
                .one());
        return entry.withId(id).withAt(Instant.ofEpochMilli(entry.at().toEpochMilli()));
    }

    @Override
    public Optional<PainEntry> find(long id) {
        return read(SELECT + "AND id = :id", query -> query.bind("id", id)).stream()
                .findFirst();
    }

    @Override
    public List<PainEntry> findBetween(Instant from, Instant to) {
        return read(
                SELECT + "AND at_ms >= :from AND at_ms < :to ORDER BY at_ms, id",
                query -> query.bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()));
    }

    @Override
    public List<PainEntry> findAll() {
        return read(SELECT + "ORDER BY at_ms, id", Function.identity());
    }

    /**
     * Hand every entry to {@code action} in the order of {@link #findAll()}, one row at a time, so
     * that any number of entries passes through little memory.
     */
    public void forEachInOrder(Consumer<PainEntry> action) {
        scope.useHandle(handle -> handle.createQuery(SELECT + "ORDER BY at_ms, id")
                .bind(PersonScope.PERSON, scope.id())
                .setFetchSize(FETCH_SIZE)
                .map(ROWS.mapper())
                .forEach(action));
    }

    @Override
    public List<PainEntry> findLatest(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return read(SELECT + "ORDER BY at_ms DESC, id DESC LIMIT :limit", query -> query.bind("limit", limit));
    }

    @Override
    public long count() {
        return scope.withHandle(
                handle -> handle.createQuery("SELECT COUNT(*) FROM pain_entry WHERE person_id = :person")
                        .bind(PersonScope.PERSON, scope.id())
                        .mapTo(Long.class)
                        .one());
    }

    private List<PainEntry> read(String sql, Function<Query, Query> binder) {
        return scope.withHandle(handle -> binder.apply(handle.createQuery(sql).bind(PersonScope.PERSON, scope.id()))
                .map(ROWS.mapper())
                .list());
    }
}
