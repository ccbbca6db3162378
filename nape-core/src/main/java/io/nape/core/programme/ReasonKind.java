package io.nape.core.programme;

import java.util.Locale;

/** Name the kind of a {@link ProposalReason}, for edges to choose their wording by. */
public enum ReasonKind {
    /** Ten days taken as planned, without a stop for pain, and the pain no higher. */
    STEADY_PROGRESS,
    /** A session was stopped because it hurt. */
    STOPPED_FOR_PAIN,
    /** A pain entry at least two points above the mean of the week before it. */
    PAIN_ABOVE_MEAN,
    /** Two or more flare-ups within seven days. */
    REPEATED_FLARE_UPS;

    /** The name in files and JSON, such as {@code stopped-for-pain}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
