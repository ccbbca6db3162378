package io.nape.core.progress;

import java.time.LocalDate;
import java.util.Objects;

/** Count the sessions done of those planned on one local day. */
public record DayAdherence(LocalDate day, Adherence adherence) {
    public DayAdherence {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(adherence, "adherence");
    }
}
