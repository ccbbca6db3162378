package io.nape.core.session;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Hold a routine expanded to contiguous timed phases, each with a short cue.
 *
 * <p>Phases start at 0 and each begins where the previous one ends, so {@link #totalMs()} is the
 * end of the last. Players look up the phase for an elapsed time measured from the session start
 * on a monotonic clock; they never add up sleeps.
 */
public final class Timeline {
    private final RoutineId routine;
    private final DosageLevel level;
    private final List<Phase> phases;
    private final int exerciseCount;

    Timeline(RoutineId routine, DosageLevel level, List<Phase> phases, int exerciseCount) {
        this.routine = routine;
        this.level = level;
        this.phases = List.copyOf(phases);
        this.exerciseCount = exerciseCount;
        long expected = 0;
        for (Phase phase : this.phases) {
            if (phase.atMs() != expected) {
                throw new IllegalArgumentException("phases must be contiguous: expected a phase at " + expected
                        + " ms, found one at " + phase.atMs());
            }
            expected = phase.endMs();
        }
        if (this.phases.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one phase");
        }
    }

    /** Expand a routine of the catalogue at a dosage level. */
    public static Timeline expand(Routine routine, Catalogue catalogue, DosageLevel level) {
        Objects.requireNonNull(level, "level");
        return new TimelineExpander(catalogue, level).expand(routine);
    }

    public RoutineId routine() {
        return routine;
    }

    public DosageLevel level() {
        return level;
    }

    public List<Phase> phases() {
        return phases;
    }

    public int exerciseCount() {
        return exerciseCount;
    }

    public long totalMs() {
        return phases.get(phases.size() - 1).endMs();
    }

    public Duration total() {
        return Duration.ofMillis(totalMs());
    }

    /** The index of the phase under way at an elapsed time, or {@code phases().size()} once done. */
    public int indexAt(long elapsedMs) {
        if (elapsedMs < 0) {
            return 0;
        }
        int low = 0;
        int high = phases.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Phase phase = phases.get(middle);
            if (elapsedMs < phase.atMs()) {
                high = middle - 1;
            } else if (elapsedMs >= phase.endMs()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return phases.size();
    }

    /** What is under way at an elapsed time since the session started. */
    public TimelineState stateAt(Duration elapsed) {
        long elapsedMs = elapsed.toMillis();
        int index = indexAt(elapsedMs);
        if (index >= phases.size()) {
            return TimelineState.finished(phases.size());
        }
        Phase phase = phases.get(index);
        return new TimelineState(index, phase, phase.endMs() - Math.max(0, elapsedMs), false);
    }

    /**
     * Where "skip" leads from the phase at {@code index}: from a rest, to the start of the exercise
     * it leads into; from anything else, past the rest to the start of the next exercise, or the end.
     */
    public long skipTargetMs(int index) {
        if (index >= phases.size()) {
            return totalMs();
        }
        Phase current = phases.get(index);
        int target = current.kind() == PhaseKind.REST ? current.exerciseIndex() : current.exerciseIndex() + 1;
        for (int next = index + 1; next < phases.size(); next++) {
            Phase phase = phases.get(next);
            if (phase.exerciseIndex() == target && phase.kind() != PhaseKind.REST) {
                return phase.atMs();
            }
        }
        return totalMs();
    }

    /** The start of the first phase of an exercise, counted from 0 in the routine. */
    public long exerciseStartMs(int exerciseIndex) {
        return phases.stream()
                .filter(phase -> phase.exerciseIndex() == exerciseIndex && phase.kind() != PhaseKind.REST)
                .mapToLong(Phase::atMs)
                .findFirst()
                .orElse(totalMs());
    }

    /** The end of the last phase of an exercise, counted from 0 in the routine. */
    public long exerciseEndMs(int exerciseIndex) {
        long end = exerciseIndex >= exerciseCount() ? totalMs() : 0;
        for (Phase phase : phases) {
            if (phase.exerciseIndex() == exerciseIndex) {
                end = phase.endMs();
            }
        }
        return end;
    }
}
