package io.nape.core.programme;

/**
 * Say why a proposal was made, as data for the edges to word: the figures the rule looked at, never
 * a sentence.
 */
public sealed interface ProposalReason permits SteadyProgress, FlareUp, RepeatedFlareUps {
    ReasonKind kind();
}
