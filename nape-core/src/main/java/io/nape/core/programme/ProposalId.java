package io.nape.core.programme;

import java.time.Instant;
import java.util.Objects;

/**
 * Name one proposal. The rules derive it from the proposal's kind and moment, so the same record
 * gives the same id on every evaluation and a stored decision finds the proposal it answers.
 */
public record ProposalId(String value) {
    public ProposalId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a proposal id must not be blank");
        }
    }

    /** The id of the proposal of {@code kind} made at {@code at}, such as {@code step-down@2026-03-12T09:00:00Z}. */
    public static ProposalId of(ProposalKind kind, Instant at) {
        return new ProposalId(kind.key() + "@" + at);
    }

    @Override
    public String toString() {
        return value;
    }
}
