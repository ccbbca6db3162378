package io.nape.store.persistence.diary;

import io.nape.core.NapeException;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * Keep pain entries in one table, a row per entry. Times are UTC epoch milliseconds, so a saved
 * entry reads back equal to the original once its instant is cut to the millisecond. Entries are
 * health data: no message here quotes a value read or written.
 */
public final class JdbcPainEntryRepository implements PainEntryRepository {
    private static final String SELECT = "SELECT id, at_ms, pain, areas, characters, stiffness, note FROM pain_entry ";

    /** Rows PostgreSQL sends at a time inside a transaction; SQLite steps row by row anyway. */
    static final int FETCH_SIZE = 500;

    private final Jdbi jdbi;

    public JdbcPainEntryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public PainEntry save(PainEntry entry) {
        long id = jdbi.inTransaction(
                handle -> handle.createQuery("INSERT INTO pain_entry (at_ms, pain, areas, characters, stiffness, note)"
                                + " VALUES (:at, :pain, :areas, :characters, :stiffness, :note) RETURNING id")
                        .bind("at", entry.at().toEpochMilli())
                        .bind("pain", entry.pain())
                        .bind("areas", keys(entry.where(), PainArea::key))
                        .bind("characters", keys(entry.character(), PainCharacter::key))
                        .bind("stiffness", entry.stiffness())
                        .bind("note", entry.note())
                        .mapTo(Long.class)
                        .one());
        return entry.withId(id).withAt(Instant.ofEpochMilli(entry.at().toEpochMilli()));
    }

    @Override
    public Optional<PainEntry> find(long id) {
        return read(SELECT + "WHERE id = :id", query -> query.bind("id", id)).stream()
                .findFirst();
    }

    @Override
    public List<PainEntry> findBetween(Instant from, Instant to) {
        return read(
                SELECT + "WHERE at_ms >= :from AND at_ms < :to ORDER BY at_ms, id",
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
        jdbi.useHandle(handle -> handle.createQuery(SELECT + "ORDER BY at_ms, id")
                .setFetchSize(FETCH_SIZE)
                .map(new EntryMapper())
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
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM pain_entry")
                .mapTo(Long.class)
                .one());
    }

    private List<PainEntry> read(String sql, Function<Query, Query> binder) {
        return jdbi.withHandle(handle ->
                binder.apply(handle.createQuery(sql)).map(new EntryMapper()).list());
    }

    private static <T> String keys(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).collect(Collectors.joining(","));
    }

    private static <T> Set<T> values(String keys, Function<String, Optional<T>> fromKey, String what) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(keys.split(",", -1))
                .map(key -> fromKey.apply(key)
                        .orElseThrow(() -> new NapeException("The database holds a pain entry with an unknown " + what
                                + ". Update Nape to read it.")))
                .collect(Collectors.toSet());
    }

    /** Read the rows of one query; the lists of areas and characters repeat, so each is read once per query. */
    private static final class EntryMapper implements RowMapper<PainEntry> {
        private final Map<String, Set<PainArea>> areas = new HashMap<>();
        private final Map<String, Set<PainCharacter>> characters = new HashMap<>();

        @Override
        public PainEntry map(ResultSet results, StatementContext context) throws SQLException {
            int stiffness = results.getInt(6);
            @Nullable Integer stiffnessOrNull = results.wasNull() ? null : stiffness;
            return new PainEntry(
                    results.getLong(1),
                    Instant.ofEpochMilli(results.getLong(2)),
                    results.getInt(3),
                    areas.computeIfAbsent(results.getString(4), keys -> values(keys, PainArea::fromKey, "area")),
                    characters.computeIfAbsent(
                            results.getString(5), keys -> values(keys, PainCharacter::fromKey, "character")),
                    stiffnessOrNull,
                    results.getString(7));
        }
    }
}
