package io.nape.store.records;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record type: its name in the data file and the CSV tables, its column in the
 * database, its kind and limits, and how to read it from a record.
 *
 * @param <R> the record type
 * @param <V> the value's type
 */
public final class Field<R, V> {
    /** Read a field's value from a record. */
    public interface Getter<R, V> {
        @Nullable
        V of(R record);
    }

    private final String name;
    private final String column;
    private final Kind kind;
    private final Getter<R, V> getter;
    private final boolean optional;
    private final long min;
    private final long max;
    private final boolean mayBeEmpty;
    private final boolean freeText;
    private final @Nullable KeySet<?> keys;
    private final @Nullable KeySet<?> columnKeys;
    private final @Nullable RecordType<?> items;

    private Field(
            String name,
            String column,
            Kind kind,
            Getter<R, V> getter,
            boolean optional,
            long min,
            long max,
            boolean mayBeEmpty,
            boolean freeText,
            @Nullable KeySet<?> keys,
            @Nullable KeySet<?> columnKeys,
            @Nullable RecordType<?> items) {
        this.name = name;
        this.column = column;
        this.kind = kind;
        this.getter = getter;
        this.optional = optional;
        this.min = min;
        this.max = max;
        this.mayBeEmpty = mayBeEmpty;
        this.freeText = freeText;
        this.keys = keys;
        this.columnKeys = columnKeys;
        this.items = items;
    }

    /** The id, named {@code id} everywhere. */
    public static <R> Field<R, Long> id(Getter<R, Long> getter) {
        return new Field<>("id", "id", Kind.ID, getter, false, 1, Long.MAX_VALUE, false, false, null, null, null);
    }

    /** An instant, kept in the column {@code <name>_ms} unless {@link #column(String)} says otherwise. */
    public static <R> Field<R, Instant> instant(String name, Getter<R, Instant> getter) {
        return new Field<>(name, name + "_ms", Kind.INSTANT, getter, false, 0, 0, false, false, null, null, null);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static <R> Field<R, Integer> number(String name, int min, int max, Getter<R, Integer> getter) {
        return new Field<>(name, name, Kind.WHOLE_NUMBER, getter, false, min, max, false, false, null, null, null);
    }

    /** True or false. */
    public static <R> Field<R, Boolean> flag(String name, Getter<R, Boolean> getter) {
        return new Field<>(name, name, Kind.BOOLEAN, getter, false, 0, 0, false, false, null, null, null);
    }

    /** A local time in whole minutes. */
    public static <R> Field<R, LocalTime> time(String name, Getter<R, LocalTime> getter) {
        return new Field<>(name, name, Kind.TIME, getter, false, 0, 0, false, false, null, null, null);
    }

    /** Text of at most {@code maxLength} characters; blank only if {@code mayBeEmpty}. */
    public static <R> Field<R, String> text(String name, int maxLength, boolean mayBeEmpty, Getter<R, String> getter) {
        return new Field<>(name, name, Kind.TEXT, getter, false, 0, maxLength, mayBeEmpty, false, null, null, null);
    }

    /** One value of a closed set. */
    public static <R, E> Field<R, E> key(String name, KeySet<E> keys, Getter<R, E> getter) {
        return new Field<>(name, name, Kind.KEY, getter, false, 0, 0, false, false, keys, null, null);
    }

    /** A set of values of a closed set. */
    public static <R, E> Field<R, Set<E>> keys(String name, KeySet<E> keys, Getter<R, Set<E>> getter) {
        return new Field<>(name, name, Kind.KEYS, getter, false, 0, 0, false, false, keys, null, null);
    }

    /**
     * The records of another type this record holds, in order; in the database and in CSV they are
     * rows of {@code table}, each naming this record by its id.
     */
    public static <R, C> Field<R, List<C>> list(String name, RecordType<C> items, Getter<R, List<C>> getter) {
        return new Field<>(name, items.table(), Kind.LIST, getter, false, 0, 0, false, false, null, null, items);
    }

    /** This field kept in another database column. */
    public Field<R, V> column(String newColumn) {
        return new Field<>(
                name, newColumn, kind, getter, optional, min, max, mayBeEmpty, freeText, keys, columnKeys, items);
    }

    /** This field, which may hold no value (null). */
    public Field<R, V> optional() {
        return new Field<>(name, column, kind, getter, true, min, max, mayBeEmpty, freeText, keys, columnKeys, items);
    }

    /**
     * This field, free text a person typed: a spreadsheet must show it and never run it, so the CSV
     * tables guard a leading formula character.
     */
    public Field<R, V> freeText() {
        return new Field<>(name, column, kind, getter, optional, min, max, mayBeEmpty, true, keys, columnKeys, items);
    }

    /** This field, kept in its database column under other keys of the same values. */
    public <E> Field<R, V> columnKeys(KeySet<E> newColumnKeys) {
        return new Field<>(
                name, column, kind, getter, optional, min, max, mayBeEmpty, freeText, keys, newColumnKeys, items);
    }

    public String name() {
        return name;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isOptional() {
        return optional;
    }

    /** The smallest whole number allowed. */
    public int min() {
        return (int) min;
    }

    /** The largest whole number allowed, or the longest text in characters. */
    public int max() {
        return (int) max;
    }

    public boolean mayBeEmpty() {
        return mayBeEmpty;
    }

    public boolean isFreeText() {
        return freeText;
    }

    /** The keys of a {@link Kind#KEY} or {@link Kind#KEYS} field. */
    public KeySet<?> keySet() {
        return Objects.requireNonNull(keys, () -> name + " is not a field of keys");
    }

    /** The keys its database column keeps: those of {@link #keySet()} unless said otherwise. */
    public KeySet<?> columnKeySet() {
        return columnKeys == null ? keySet() : columnKeys;
    }

    /** The type of the records of a {@link Kind#LIST} field. */
    public RecordType<?> items() {
        return Objects.requireNonNull(items, () -> name + " is not a list of records");
    }

    /** The field's value in the record; null only for an optional field. */
    public @Nullable V of(R record) {
        return getter.of(record);
    }
}
