package io.nape.core.programme;

import io.nape.core.NapeException;

/** Thrown when a decision is saved for a proposal that was already answered. */
public final class ProposalAlreadyDecidedException extends NapeException {
    private static final long serialVersionUID = 1L;

    public ProposalAlreadyDecidedException(ProposalId id) {
        super("proposal " + id + " was already decided");
        withText("programme.alreadyDecided", "id", id.value());
    }
}
