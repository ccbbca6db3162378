package io.nape.core.plan;

import java.time.LocalTime;
import java.util.Objects;

/** Mark the lunch break inside the work hours: no micro-break falls in it. */
public record LunchBreak(LocalTime start, LocalTime end) {
    public LunchBreak {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    @Override
    public String toString() {
        return Settings.text(start) + "–" + Settings.text(end);
    }
}
