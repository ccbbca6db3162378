package io.nape.core.programme;

import java.time.Instant;
import java.util.Objects;

/**
 * Tell that a pain entry was at least {@link Programme#FLARE_UP_POINTS} points above the mean of the
 * entries of the {@link Programme#MEAN_DAYS} days before it.
 *
 * @param at when the entry was logged
 * @param pain its rating
 * @param earlierEntries how many entries the mean before it covers, at least one
 * @param earlierTotal the sum of their ratings
 */
public record PainAboveMean(Instant at, int pain, int earlierEntries, int earlierTotal) implements FlareUp {
    public PainAboveMean {
        Objects.requireNonNull(at, "at");
        if (earlierEntries < 1) {
            throw new IllegalArgumentException("earlierEntries must be 1 or more, was " + earlierEntries);
        }
        if ((long) pain * earlierEntries - earlierTotal < (long) Programme.FLARE_UP_POINTS * earlierEntries) {
            throw new IllegalArgumentException("pain " + pain + " is less than " + Programme.FLARE_UP_POINTS
                    + " points above the mean " + earlierTotal + "/" + earlierEntries);
        }
    }

    /** The mean of the entries before it. */
    public double earlierMean() {
        return (double) earlierTotal / earlierEntries;
    }

    @Override
    public ReasonKind kind() {
        return ReasonKind.PAIN_ABOVE_MEAN;
    }
}
