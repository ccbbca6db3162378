package io.nape.core.programme;

import java.time.Instant;
import java.util.Objects;

/**
 * Record the person's answer to one proposal: what was proposed (id, when, from, to, reason), the
 * answer and when it was given. A level changes only by a confirmed decision.
 */
public record ProposalDecision(Proposal proposal, Answer answer, Instant decidedAt) {
    public ProposalDecision {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (decidedAt.isBefore(proposal.at())) {
            throw new IllegalArgumentException(
                    "decidedAt " + decidedAt + " is before the proposal's moment " + proposal.at());
        }
    }

    public static ProposalDecision confirmed(Proposal proposal, Instant decidedAt) {
        return new ProposalDecision(proposal, Answer.CONFIRMED, decidedAt);
    }

    public static ProposalDecision declined(Proposal proposal, Instant decidedAt) {
        return new ProposalDecision(proposal, Answer.DECLINED, decidedAt);
    }

    public boolean confirmed() {
        return answer == Answer.CONFIRMED;
    }
}
