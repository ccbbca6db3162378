package io.nape.core.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * What one sensor saw: a state, and since when it has held.
 *
 * @param since when the state began, as far as the sensor knows (for {@link PresenceState#AWAY},
 *     the last input it saw)
 * @param sensor the sensor's name, for records and the debug log, such as {@code screensaver}
 */
public record PresenceReading(PresenceState state, Instant since, String sensor) {
    public PresenceReading {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(sensor, "sensor");
    }
}
