package io.nape.core.plan;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Say how long a reminder is put off: 5, 10 or 15 minutes, nothing else. */
public enum SnoozeLength {
    FIVE_MINUTES(5),
    TEN_MINUTES(10),
    FIFTEEN_MINUTES(15);

    private final int minutes;

    SnoozeLength(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public static Optional<SnoozeLength> ofMinutes(int minutes) {
        return Arrays.stream(values())
                .filter(length -> length.minutes == minutes)
                .findFirst();
    }
}
