package io.nape.store.records;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of a closed set: each value's key as files and tables write it, and the value a key names.
 *
 * @param allowed every key, in the order of the values
 */
public record KeySet<E>(List<String> allowed, Function<E, String> key, Function<String, Optional<E>> fromKey) {
    public KeySet {
        allowed = List.copyOf(allowed);
    }

    /** The keys of every one of {@code values}. */
    public static <E> KeySet<E> of(E[] values, Function<E, String> key, Function<String, Optional<E>> fromKey) {
        return new KeySet<>(Arrays.stream(values).map(key).toList(), key, fromKey);
    }

    /** The key of a value given as an object of this set. */
    @SuppressWarnings("unchecked")
    public String keyOf(Object value) {
        return key.apply((E) value);
    }
}
