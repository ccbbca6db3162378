package io.nape.core.catalogue;

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

    @Override
    public String toString() {
        return value;
    }
}
