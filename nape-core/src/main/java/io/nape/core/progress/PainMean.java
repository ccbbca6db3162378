package io.nape.core.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Average the pain entries of a run of local days.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param entries how many entries were logged on those days, at least one
 * @param total the sum of their pain ratings
 */
public record PainMean(LocalDate from, LocalDate to, int entries, int total) {
    public PainMean {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be 1 or more, was " + entries);
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, was " + total);
        }
    }

    public double mean() {
        return (double) total / entries;
    }
}
