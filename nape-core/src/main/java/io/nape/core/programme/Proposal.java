package io.nape.core.programme;

import io.nape.core.catalogue.DosageLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * Propose one change to the person, who confirms or declines it: a level one step up or down, or a
 * new check (which keeps the level: {@code from} equals {@code to}).
 *
 * @param at when the rule's condition was met: the start of the day the ten days were complete, the
 *     flare-up's moment, or the moment of the flare-up that made a check worth asking
 */
public record Proposal(
        ProposalId id, Instant at, ProposalKind kind, DosageLevel from, DosageLevel to, ProposalReason reason) {
    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        int step = to.ordinal() - from.ordinal();
        int expected =
                switch (kind) {
                    case STEP_UP -> 1;
                    case STEP_DOWN -> -1;
                    case CHECK -> 0;
                };
        if (step != expected) {
            throw new IllegalArgumentException(
                    "a " + kind.key() + " proposal cannot go from " + from.key() + " to " + to.key());
        }
        boolean fits =
                switch (kind) {
                    case STEP_UP -> reason instanceof SteadyProgress;
                    case STEP_DOWN -> reason instanceof FlareUp;
                    case CHECK -> reason instanceof RepeatedFlareUps;
                };
        if (!fits) {
            throw new IllegalArgumentException("a " + kind.key() + " proposal cannot have the reason "
                    + reason.kind().key());
        }
    }

    /** Whether confirming it changes the level. */
    public boolean changesLevel() {
        return kind != ProposalKind.CHECK;
    }
}
