package io.nape.core.person;

import java.util.Objects;

/**
 * Name the person a use case acts for. The local program has exactly one person, {@link #LOCAL};
 * a server with accounts has one per account.
 */
public record PersonId(String value) {
    /** The one person of the local program, who needs no account. */
    public static final PersonId LOCAL = new PersonId("local");

    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a person id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
