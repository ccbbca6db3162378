package io.nape.core.programme;

import io.nape.core.catalogue.DosageLevel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Give what the rules make of the record at one moment.
 *
 * @param level the level in force: that of the latest confirmed change, else {@link Programme#START}
 * @param change a proposed change of level, if a rule calls for one
 * @param check a proposed check, if flare-ups call for one
 * @param holds what keeps the level from stepping up now; empty exactly when {@code change} steps up
 */
public record ProgrammeReview(
        DosageLevel level, Optional<Proposal> change, Optional<Proposal> check, Set<StepUpHold> holds) {
    public ProgrammeReview {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(check, "check");
        EnumSet<StepUpHold> copy = EnumSet.noneOf(StepUpHold.class);
        copy.addAll(holds);
        holds = Collections.unmodifiableSet(copy);
        if (change.filter(proposal -> proposal.kind() == ProposalKind.CHECK).isPresent()) {
            throw new IllegalArgumentException("change must change the level, was a check");
        }
        if (check.filter(proposal -> proposal.kind() != ProposalKind.CHECK).isPresent()) {
            throw new IllegalArgumentException("check must be a check proposal");
        }
        boolean up = change.filter(proposal -> proposal.kind() == ProposalKind.STEP_UP)
                .isPresent();
        if (up == !holds.isEmpty()) {
            throw new IllegalArgumentException("a step up needs no holds and no holds need a step up, was " + holds);
        }
    }
}
