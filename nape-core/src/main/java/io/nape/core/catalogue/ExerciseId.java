package io.nape.core.catalogue;

import java.util.regex.Pattern;

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

    @Override
    public String toString() {
        return value;
    }
}
