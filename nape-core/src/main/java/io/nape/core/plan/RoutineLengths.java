package io.nape.core.plan;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.session.Timeline;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tell how long a routine lasts at a level, or that there is no such routine; and, from a catalogue,
 * the cycle of micro-breaks its isometric complex makes.
 */
@FunctionalInterface
public interface RoutineLengths {
    Optional<Duration> find(RoutineId routine, DosageLevel level);

    /**
     * The micro-breaks the isometric complex makes at a level, each at most {@code microBreakMinutes};
     * empty when these lengths come without a catalogue or the catalogue has no complex (the plan then
     * takes the desk routines in turn).
     */
    default Optional<DeskBreaks> deskBreaks(DosageLevel level, int microBreakMinutes) {
        return Optional.empty();
    }

    /** The lengths of a catalogue's routines, each expanded once, and its complex's breaks. */
    static RoutineLengths of(Catalogue catalogue) {
        Map<String, Optional<Duration>> lengths = new ConcurrentHashMap<>();
        Map<String, Optional<DeskBreaks>> breaks = new ConcurrentHashMap<>();
        return new RoutineLengths() {
            @Override
            public Optional<Duration> find(RoutineId routine, DosageLevel level) {
                return lengths.computeIfAbsent(routine.value() + "@" + level.key(), key -> catalogue
                        .findRoutine(routine.value())
                        .map(found -> Timeline.expand(found, catalogue, level).total()));
            }

            @Override
            public Optional<DeskBreaks> deskBreaks(DosageLevel level, int microBreakMinutes) {
                return breaks.computeIfAbsent(level.key() + "@" + microBreakMinutes, key -> catalogue
                        .findRoutine(DayPlanner.ISOMETRIC_COMPLEX.value())
                        .map(complex -> DeskBreaks.of(catalogue, complex, level, microBreakMinutes)));
            }
        };
    }
}
