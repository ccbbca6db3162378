package io.nape.core.programme;

import io.nape.core.catalogue.RoutineId;
import java.time.Instant;
import java.util.Objects;

/**
 * Tell that a session was stopped because it hurt.
 *
 * @param at when the session started
 */
public record StoppedForPain(Instant at, RoutineId routine) implements FlareUp {
    public StoppedForPain {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(routine, "routine");
    }

    @Override
    public ReasonKind kind() {
        return ReasonKind.STOPPED_FOR_PAIN;
    }
}
