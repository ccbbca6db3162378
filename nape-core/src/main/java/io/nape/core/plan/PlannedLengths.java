package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import java.time.Duration;
import java.util.Optional;

/** Look up routines' lengths in whole minutes, rounded up. */
final class PlannedLengths {
    private static final long MS_PER_MINUTE = 60_000;

    /** A routine's level and its length at that level, rounded up to whole minutes. */
    record Planned(DosageLevel level, int minutes) {}

    private final RoutineLengths lengths;

    PlannedLengths(RoutineLengths lengths) {
        this.lengths = lengths;
    }

    /** The routine at a level; empty when the catalogue has no such routine. */
    Optional<Planned> at(RoutineId routine, DosageLevel level) {
        return lengths.find(routine, level).map(length -> new Planned(level, minutes(length)));
    }

    boolean exists(RoutineId routine, DosageLevel level) {
        return lengths.find(routine, level).isPresent();
    }

    /**
     * The routine at the highest level, from {@code level} down, that lasts at most {@code longest};
     * empty when it is missing or too long even at the lowest level.
     */
    Optional<Planned> within(RoutineId routine, DosageLevel level, Duration longest) {
        for (int ordinal = level.ordinal(); ordinal >= 0; ordinal--) {
            Optional<Planned> planned = at(routine, DosageLevel.values()[ordinal]);
            if (planned.isEmpty() || planned.get().minutes() <= longest.toMinutes()) {
                return planned;
            }
        }
        return Optional.empty();
    }

    static int minutes(Duration length) {
        long ms = length.toMillis();
        return (int) Math.max(1, (ms + MS_PER_MINUTE - 1) / MS_PER_MINUTE);
    }
}
