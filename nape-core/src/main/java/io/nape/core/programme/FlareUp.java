package io.nape.core.programme;

import java.time.Instant;

/** Tell of one event that calls for a step down: a session stopped for pain, or a pain well above the mean. */
public sealed interface FlareUp extends ProposalReason permits StoppedForPain, PainAboveMean {
    /** When it happened: the session's start, or the pain entry's moment. */
    Instant at();
}
