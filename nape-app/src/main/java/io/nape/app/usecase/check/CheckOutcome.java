package io.nape.app.usecase.check;

import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What taking a check gave.
 *
 * @param result the advice of the answers just given
 * @param standing the earlier, stricter check that stays in force because the answers said nothing
 *     about the neck; empty when the new check was stored and is now the advice in force
 */
public record CheckOutcome(TriageResult result, Optional<Screening> standing) {
    public CheckOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(standing, "standing");
    }

    /** The advice in force after this check: the standing one, or the new one. */
    public TriageResult adviceInForce() {
        return standing.map(Screening::result).orElse(result);
    }
}
