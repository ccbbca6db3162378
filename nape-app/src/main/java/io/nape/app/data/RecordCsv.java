package io.nape.app.data;

import io.nape.store.records.Field;
import io.nape.store.records.RecordType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record as a line of its CSV table, from its type's description: the header is the fields' names;
 * a set of keys is its sorted keys joined by semicolons, free text guarded against formulas, no value
 * an empty cell.
 */
final class RecordCsv {
    private RecordCsv() {}

    /** The header of the record's own table; a list field has a table of its own. */
    static String[] header(RecordType<?> type) {
        return type.ownColumns().stream().map(Field::name).toArray(String[]::new);
    }

    static <R> @Nullable Object[] cells(RecordType<R> type, R record) {
        List<@Nullable Object> cells = new ArrayList<>();
        for (Field<R, ?> field : type.ownColumns()) {
            cells.add(cell(field, field.of(record)));
        }
        return cells.toArray();
    }

    private static @Nullable Object cell(Field<?, ?> field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        switch (field.kind()) {
            case KEY:
                return field.keySet().keyOf(value);
            case KEYS:
                return String.join(";", field.keySet().keysOf((Collection<?>) value));
            case TEXT:
                return field.isFreeText() ? CsvTables.Table.asText((String) value) : value;
            default:
                return value;
        }
    }
}
