package io.nape.app.usecase.session;

import io.nape.core.safety.SafetyGate;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Say whether a new check is due, and why.
 *
 * @param kind why a check is due, or {@code NONE}
 * @param checkedAt when the latest check was taken, or null when there was none
 * @param daysOld whole days since that check (0 without one)
 */
public record Recheck(SafetyGate.Recheck kind, @Nullable Instant checkedAt, long daysOld) {
    public Recheck {
        Objects.requireNonNull(kind, "kind");
        if (daysOld < 0) {
            throw new IllegalArgumentException("daysOld must not be negative, was " + daysOld);
        }
    }

    public boolean due() {
        return kind != SafetyGate.Recheck.NONE;
    }
}
