package io.nape.core.programme;

import io.nape.core.NapeException;

/**
 * Thrown when an answer names a proposal that is not open now: unknown, or no longer proposed. The
 * person's text names no id, since an answer may come from anywhere and is never echoed.
 */
public final class ProposalNotOpenException extends NapeException {
    private static final long serialVersionUID = 1L;

    public ProposalNotOpenException() {
        super("the proposal answered is not open");
        withText("programme.notOpen");
    }
}
