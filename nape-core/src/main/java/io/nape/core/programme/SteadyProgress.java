package io.nape.core.programme;

import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Tell that the {@link Programme#STEP_UP_DAYS} days from {@code from} to {@code to} went well: the
 * share of due sessions taken, no stop for pain, and the pain mean at their end no higher than at
 * their start.
 *
 * @param adherence the sessions due and done on those days
 * @param startMean the pain mean of the {@link Programme#MEAN_DAYS} days ending {@code from}
 * @param endMean the pain mean of the {@link Programme#MEAN_DAYS} days ending {@code to}
 */
public record SteadyProgress(LocalDate from, LocalDate to, Adherence adherence, PainMean startMean, PainMean endMean)
        implements ProposalReason {
    public SteadyProgress {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(adherence, "adherence");
        Objects.requireNonNull(startMean, "startMean");
        Objects.requireNonNull(endMean, "endMean");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    @Override
    public ReasonKind kind() {
        return ReasonKind.STEADY_PROGRESS;
    }
}
