package io.nape.store.persistence;

import io.nape.core.NapeException;
import io.nape.store.records.Field;
import io.nape.store.records.RecordType;
import io.nape.store.records.Values;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * A record type's table, from its description: one column per field, an instant as UTC epoch
 * milliseconds, a set of keys as the sorted keys joined by commas, a key as its key. Bind parameters
 * are named after the fields. Every row belongs to a person: each statement here names the
 * {@code person_id} column, bound to the parameter {@link PersonScope#PERSON}.
 */
public final class RecordRows<R> {
    /** The column that names the person a row belongs to, in every table. */
    public static final String PERSON_COLUMN = "person_id";

    private final RecordType<R> type;

    private RecordRows(RecordType<R> type) {
        this.type = type;
    }

    public static <R> RecordRows<R> of(RecordType<R> type) {
        return new RecordRows<>(type);
    }

    /**
     * {@code SELECT <every column> FROM <table> WHERE person_id = :person }, to be followed by
     * {@code AND} a condition or by an order.
     */
    public String select() {
        return "SELECT " + columns(type.ownColumns()) + " FROM " + type.table() + " WHERE " + PERSON_COLUMN + " = :"
                + PersonScope.PERSON + " ";
    }

    /**
     * {@code INSERT INTO <table> (person_id, <columns>) VALUES (:person, <parameters>)}, with the id
     * or without it.
     */
    public String insert(boolean withId, String beforeValues) {
        List<Field<R, ?>> fields = withId ? type.ownColumns() : type.withoutId();
        return "INSERT INTO " + type.table() + " (" + PERSON_COLUMN + ", " + columns(fields) + ")" + beforeValues
                + " VALUES (:" + PersonScope.PERSON + ", "
                + fields.stream().map(field -> ":" + field.name()).collect(Collectors.joining(", ")) + ")";
    }

    /** Bind the record's fields (the id too if the statement names it) to the statement. */
    public <S extends SqlStatement<S>> S bind(S statement, R record, boolean withId) {
        for (Field<R, ?> field : withId ? type.ownColumns() : type.withoutId()) {
            statement.bindByType(field.name(), encode(field, field.of(record)), sqlType(field));
        }
        return statement;
    }

    /** The columns of every field but the id, comma-separated, for a statement that names them itself. */
    public String columns() {
        return columns(type.withoutId());
    }

    /** The parameters of every field but the id, comma-separated, in the order of {@link #columns()}. */
    public String parameters() {
        return type.withoutId().stream().map(field -> ":" + field.name()).collect(Collectors.joining(", "));
    }

    /** {@code column = excluded.column} for every field but the id, for an upsert. */
    public String updatesFromExcluded() {
        return type.withoutId().stream()
                .map(field -> field.column() + " = excluded." + field.column())
                .collect(Collectors.joining(", "));
    }

    /** The record in the current row of {@code results}, its fields read by their columns' names. */
    public R readByName(ResultSet results) throws SQLException {
        return type.build(valuesByName(results));
    }

    /** The values of the record's own columns in the current row, read by their names; lists are left to the caller. */
    public Values valuesByName(ResultSet results) throws SQLException {
        Mapper mapper = new Mapper();
        Values values = new Values();
        for (Field<R, ?> field : type.ownColumns()) {
            values.put(field, mapper.read(field, results, results.findColumn(field.column())));
        }
        return values;
    }

    /**
     * {@code INSERT INTO <table> (person_id, <parentColumn>, <columns>) VALUES (:person, :parent,
     * <parameters>)}: a row of records kept inside another, naming it by its person and id.
     */
    public String insertBelow(String parentColumn) {
        return "INSERT INTO " + type.table() + " (" + PERSON_COLUMN + ", " + parentColumn + ", " + columns()
                + ") VALUES (:" + PersonScope.PERSON + ", :parent, " + parameters() + ")";
    }

    /** Read rows of {@link #select()}; the sets of keys repeat, so each is read once per query. */
    public RowMapper<R> mapper() {
        return new Mapper();
    }

    private static String columns(List<? extends Field<?, ?>> fields) {
        return fields.stream().map(Field::column).collect(Collectors.joining(", "));
    }

    /** The Java type of a field's column value, so that a null is bound with its type. */
    private static Class<?> sqlType(Field<?, ?> field) {
        switch (field.kind()) {
            case ID:
            case INSTANT:
                return Long.class;
            case WHOLE_NUMBER:
            case BOOLEAN:
                return Integer.class;
            default:
                return String.class;
        }
    }

    private static @Nullable Object encode(Field<?, ?> field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        switch (field.kind()) {
            case INSTANT:
                return ((Instant) value).toEpochMilli();
            case KEY:
                return field.columnKeySet().keyOf(value);
            case KEYS:
                return String.join(",", field.columnKeySet().keysOf((Collection<?>) value));
            case BOOLEAN:
                return (Boolean) value ? 1 : 0;
            case TIME:
                return value.toString();
            default:
                return value;
        }
    }

    private final class Mapper implements RowMapper<R> {
        private final Map<String, Set<?>> sets = new HashMap<>();

        @Override
        public R map(ResultSet results, StatementContext context) throws SQLException {
            Values values = new Values();
            int column = 1;
            for (Field<R, ?> field : type.ownColumns()) {
                values.put(field, read(field, results, column++));
            }
            return type.build(values);
        }

        private @Nullable Object read(Field<R, ?> field, ResultSet results, int column) throws SQLException {
            switch (field.kind()) {
                case ID:
                    return results.getLong(column);
                case INSTANT:
                    return Instant.ofEpochMilli(results.getLong(column));
                case WHOLE_NUMBER:
                    int number = results.getInt(column);
                    return results.wasNull() ? null : number;
                case BOOLEAN:
                    return results.getInt(column) != 0;
                case TIME:
                    String time = results.getString(column);
                    return time == null ? null : LocalTime.parse(time);
                case KEY:
                    return known(field, results.getString(column));
                case KEYS:
                    String keys = results.getString(column);
                    return sets.computeIfAbsent(field.column() + "=" + keys, ignored -> values(field, keys));
                default:
                    return results.getString(column);
            }
        }

        private Set<?> values(Field<R, ?> field, String keys) {
            if (keys.isEmpty()) {
                return Set.of();
            }
            return Arrays.stream(keys.split(",", -1))
                    .map(key -> known(field, key))
                    .collect(Collectors.toSet());
        }

        private Object known(Field<R, ?> field, String key) {
            Optional<?> value = field.columnKeySet().fromKey().apply(key);
            return value.orElseThrow(() -> new NapeException("The database holds a row of " + type.table()
                    + " with an unknown " + field.column() + ". Update Nape to read it."));
        }
    }
}
