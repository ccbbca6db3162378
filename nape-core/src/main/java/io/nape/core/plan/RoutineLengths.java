package io.nape.core.plan;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.session.Timeline;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tell how long a routine lasts at a level, or that there is no such routine. */
@FunctionalInterface
public interface RoutineLengths {
    Optional<Duration> find(RoutineId routine, DosageLevel level);

    /** The lengths of a catalogue's routines, each expanded once. */
    static RoutineLengths of(Catalogue catalogue) {
        Map<String, Optional<Duration>> lengths = new ConcurrentHashMap<>();
        return (routine, level) -> lengths.computeIfAbsent(routine.value() + "@" + level.key(), key -> catalogue
                .findRoutine(routine.value())
                .map(found -> Timeline.expand(found, catalogue, level).total()));
    }
}
