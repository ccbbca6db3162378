package io.nape.core.programme;

import java.util.List;
import java.util.Optional;

/**
 * Keep the person's decisions on the programme's proposals, each with the whole proposal it answers.
 * A proposal is answered at most once; a saved decision is durable when {@link #save} returns.
 */
public interface ProgrammeDecisionRepository {
    /**
     * Save a decision and return it as it reads back: its moments cut to the millisecond.
     *
     * @throws ProposalAlreadyDecidedException when a decision on the same proposal is stored
     */
    ProposalDecision save(ProposalDecision decision);

    /** Every decision, in the order they were decided (then by proposal id). */
    List<ProposalDecision> findAll();

    /** The decision on the proposal {@code id}, if it was answered. */
    Optional<ProposalDecision> find(ProposalId id);
}
