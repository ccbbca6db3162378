package io.nape.store.records;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The values read for one record, field by field, from which its type builds it. */
public final class Values {
    private final Map<Field<?, ?>, @Nullable Object> values = new HashMap<>();

    /** Note the value read for the field; null for an optional field without one. */
    public Values put(Field<?, ?> field, @Nullable Object value) {
        values.put(field, value);
        return this;
    }

    /** The value of a field that always has one. */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
        return (V) Objects.requireNonNull(values.get(field), () -> "no value for " + field.name());
    }

    /** The value of an optional field, or null. */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V find(Field<?, V> field) {
        return (V) values.get(field);
    }
}
