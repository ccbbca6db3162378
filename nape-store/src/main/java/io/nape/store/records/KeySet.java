package io.nape.store.records;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of a closed set: each value's key as files and tables write it, and the value a key names.
 *
 * @param allowed every key, in the order of the values
 * @param sortedByKey whether a set is written with its keys sorted as text, else in the order of the values
 */
public record KeySet<E>(
        List<String> allowed, Function<E, String> key, Function<String, Optional<E>> fromKey, boolean sortedByKey) {
    public KeySet {
        allowed = List.copyOf(allowed);
    }

    /** The keys of every one of {@code values}; a set is written with its keys sorted as text. */
    public static <E> KeySet<E> of(E[] values, Function<E, String> key, Function<String, Optional<E>> fromKey) {
        return new KeySet<>(Arrays.stream(values).map(key).toList(), key, fromKey, true);
    }

    /** The keys of every one of {@code values}; a set is written in the order of the values (days of the week). */
    public static <E> KeySet<E> inOrder(E[] values, Function<E, String> key, Function<String, Optional<E>> fromKey) {
        return new KeySet<>(Arrays.stream(values).map(key).toList(), key, fromKey, false);
    }

    /** The keys of a set of this set's values, in the order they are written. */
    public List<String> keysOf(Collection<?> values) {
        List<String> keys = values.stream().map(this::keyOf).toList();
        if (sortedByKey) {
            return keys.stream().sorted().toList();
        }
        return allowed.stream().filter(keys::contains).toList();
    }

    /** The key of a value given as an object of this set. */
    @SuppressWarnings("unchecked")
    public String keyOf(Object value) {
        return key.apply((E) value);
    }
}
