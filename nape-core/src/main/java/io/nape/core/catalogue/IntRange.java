package io.nape.core.catalogue;

/**
 * Hold a whole-number range from the source, such as a 5–7 second hold or 3–5 repetitions.
 *
 * <p>{@link #at(DosageLevel)} picks the lower end for {@code GENTLE}, the upper end for {@code
 * FULL} and the middle (rounded down) for {@code STANDARD}.
 */
public record IntRange(int min, int max) {
    public IntRange {
        if (min < 0) {
            throw new IllegalArgumentException("range minimum must be 0 or more, was " + min);
        }
        if (min > max) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    public static IntRange exactly(int value) {
        return new IntRange(value, value);
    }

    public int at(DosageLevel level) {
        switch (level) {
            case GENTLE:
                return min;
            case FULL:
                return max;
            default:
                return (min + max) / 2;
        }
    }

    public boolean isExact() {
        return min == max;
    }

    /** The range as people read it: {@code 5–7} or {@code 10}. */
    @Override
    public String toString() {
        return isExact() ? Integer.toString(min) : min + "–" + max;
    }
}
