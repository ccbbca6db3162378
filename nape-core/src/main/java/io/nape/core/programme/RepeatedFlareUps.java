package io.nape.core.programme;

import java.util.List;

/**
 * Tell that {@link Programme#FLARE_UPS_FOR_CHECK} or more flare-ups came within {@link
 * Programme#CHECK_WINDOW}, which calls for a new check.
 *
 * @param flareUps those flare-ups, oldest first; the last is the one that made it enough
 */
public record RepeatedFlareUps(List<FlareUp> flareUps) implements ProposalReason {
    public RepeatedFlareUps {
        flareUps = List.copyOf(flareUps);
        if (flareUps.size() < Programme.FLARE_UPS_FOR_CHECK) {
            throw new IllegalArgumentException(
                    "need at least " + Programme.FLARE_UPS_FOR_CHECK + " flare-ups, was " + flareUps.size());
        }
    }

    @Override
    public ReasonKind kind() {
        return ReasonKind.REPEATED_FLARE_UPS;
    }
}
