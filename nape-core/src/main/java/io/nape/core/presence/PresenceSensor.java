package io.nape.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A source of presence readings: the desktop session, the open web page, a call detector.
 *
 * <p>A sensor that can signal changes calls the listener given to {@link #onChange} (from any
 * thread) so a sleeping reminder loop wakes; one that cannot says how often it must be asked.
 */
public interface PresenceSensor {
    /** What the sensor sees at {@code now}; empty when it cannot tell (no desktop, no open page). */
    Optional<PresenceReading> read(Instant now);

    /** Register the one listener to call when the reading may have changed; by default never called. */
    default void onChange(Runnable listener) {}

    /** How often the sensor must be read when it cannot signal; empty when it signals. */
    default Optional<Duration> pollEvery() {
        return Optional.empty();
    }

    /** A short name for records and logs, such as {@code screensaver}. */
    String name();
}
