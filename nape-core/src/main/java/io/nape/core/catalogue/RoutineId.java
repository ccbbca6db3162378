package io.nape.core.catalogue;

import org.jspecify.annotations.Nullable;

/** Name a routine: lower-case letters, digits and dashes, such as {@code desk-a}. */
public record RoutineId(String value) implements Comparable<RoutineId> {
    public RoutineId {
        if (!ExerciseId.FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "routine id must be lower-case letters, digits and dashes, was \"" + value + "\"");
        }
    }

    @Override
    public int compareTo(RoutineId other) {
        return value.compareTo(other.value);
    }

    // Written out rather than generated, as in ExerciseId: linked without a bootstrap at start-up.
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RoutineId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
