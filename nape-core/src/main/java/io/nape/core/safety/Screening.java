package io.nape.core.safety;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Record one check: what the person reported, when, and the advice it gave.
 *
 * @param id the store's id, or null before it is saved
 */
public record Screening(@Nullable Long id, Instant at, SymptomReport report, TriageResult result) {
    public Screening {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(result, "result");
    }
}
