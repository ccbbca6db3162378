package io.nape.core.plan;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fake catalogue of routine lengths: at standard level as given, gentle one minute shorter, full
 * one minute forty longer, unless set per level.
 */
final class FixedRoutineLengths implements RoutineLengths {
    private final Map<String, Duration> standard = new HashMap<>();
    private final Map<String, Duration> exact = new HashMap<>();

    /** Every routine the plan uses: the complex 13:20 (14 min), desk routines 2–4 min, lessons 8–13 min. */
    static FixedRoutineLengths everyRoutine() {
        FixedRoutineLengths lengths = new FixedRoutineLengths();
        lengths.standard.put("isometric-complex", Duration.ofSeconds(13 * 60 + 20));
        lengths.standard.put("desk-a", Duration.ofSeconds(2 * 60 + 30));
        lengths.standard.put("desk-b", Duration.ofSeconds(2 * 60 + 10));
        lengths.standard.put("posture", Duration.ofSeconds(90));
        lengths.standard.put("shoulder-relief", Duration.ofMinutes(3));
        lengths.standard.put("massage-short", Duration.ofSeconds(3 * 60 + 5));
        lengths.standard.put("chair-stretch", Duration.ofSeconds(5 * 60 + 30));
        for (int lesson = 1; lesson <= 6; lesson++) {
            lengths.standard.put("pmr-" + lesson, Duration.ofMinutes(7 + lesson));
        }
        return lengths;
    }

    /** Every routine and the week's own: yoga for the neck and the lunch routine. */
    static FixedRoutineLengths everyRoutineOfTheWeek() {
        FixedRoutineLengths lengths = everyRoutine();
        lengths.standard.put("yoga-neck", Duration.ofSeconds(3 * 60 + 55));
        lengths.standard.put("neck-pain-simple", Duration.ofSeconds(4 * 60 + 29));
        return lengths;
    }

    FixedRoutineLengths without(String... routines) {
        for (String routine : routines) {
            standard.remove(routine);
        }
        return this;
    }

    FixedRoutineLengths with(String routine, DosageLevel level, Duration length) {
        exact.put(routine + "@" + level, length);
        return this;
    }

    @Override
    public Optional<Duration> find(RoutineId routine, DosageLevel level) {
        Duration base = standard.get(routine.value());
        if (base == null) {
            return Optional.empty();
        }
        Duration set = exact.get(routine.value() + "@" + level);
        if (set != null) {
            return Optional.of(set);
        }
        switch (level) {
            case GENTLE:
                return Optional.of(base.minusMinutes(1));
            case FULL:
                return Optional.of(base.plusSeconds(100));
            default:
                return Optional.of(base);
        }
    }
}
