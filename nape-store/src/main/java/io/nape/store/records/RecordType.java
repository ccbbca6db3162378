package io.nape.store.records;

import java.util.List;
import java.util.function.Function;

/**
 * One record type described once: its fields in the order every format writes them, and how to build
 * a record from their values.
 *
 * @param name the record's name in texts, such as {@code painEntry}
 * @param list the name of its list in the data file, such as {@code painEntries}
 * @param table its database table (for a record kept inside another, the table of its rows)
 * @param fields its fields, in order
 * @param builder the record from its fields' values
 */
public record RecordType<R>(
        String name, String list, String table, List<Field<R, ?>> fields, Function<Values, R> builder) {
    public RecordType {
        fields = List.copyOf(fields);
    }

    /** The record built from the values of its fields. */
    public R build(Values values) {
        return builder.apply(values);
    }

    /** The fields a format stores beside the id, which the store gives to a new record (lists aside). */
    public List<Field<R, ?>> withoutId() {
        return fields.stream()
                .filter(field -> field.kind() != Kind.ID && field.kind() != Kind.LIST)
                .toList();
    }

    /** The fields kept in the record's own row of a table (lists aside). */
    public List<Field<R, ?>> ownColumns() {
        return fields.stream().filter(field -> field.kind() != Kind.LIST).toList();
    }
}
