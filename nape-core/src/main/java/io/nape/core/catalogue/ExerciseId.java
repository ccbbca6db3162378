package io.nape.core.catalogue;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Name an exercise: lower-case letters, digits and dashes, such as {@code iso-forehead-press}. */
public record ExerciseId(String value) implements Comparable<ExerciseId> {
    static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ExerciseId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "exercise id must be lower-case letters, digits and dashes, was \"" + value + "\"");
        }
    }

    public static boolean isWellFormed(String value) {
        return FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(ExerciseId other) {
        return value.compareTo(other.value);
    }

    // Written out rather than generated: a record's generated equals and hashCode are linked on
    // their first call, which every command that loads the catalogue pays at start-up.
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ExerciseId id && value.equals(id.value);
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
