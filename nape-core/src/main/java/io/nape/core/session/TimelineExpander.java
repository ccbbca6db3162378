package io.nape.core.session;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Style;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Expand a routine into phases.
 *
 * <p>Model: each exercise opens with PREPARE; then, for each side in order (left, then right; only
 * the one side its routine item names, if it names one),
 * its repetitions play one after the other, with SWITCH_SIDE between the sides; REST separates two
 * exercises. One repetition is, by style: ISOMETRIC and RELAXATION, BREATHE in, PRESS for the hold,
 * RELEASE, RELAX; STRETCH, HOLD then RELAX; MOVEMENT, MOVE; BREATHING, BREATHE; and RELAX after
 * them when the dosage has relaxation time. The level picks one value from every range.
 */
final class TimelineExpander {
    static final int INHALE_SECONDS = 2;
    static final int RELEASE_SECONDS = 2;
    static final int SWITCH_SIDE_SECONDS = 5;

    private final Catalogue catalogue;
    private final DosageLevel level;
    private final List<Phase> phases = new ArrayList<>();
    private long atMs;

    TimelineExpander(Catalogue catalogue, DosageLevel level) {
        this.catalogue = catalogue;
        this.level = level;
    }

    Timeline expand(Routine routine) {
        List<RoutineItem> items = routine.items();
        for (int index = 0; index < items.size(); index++) {
            RoutineItem item = items.get(index);
            Exercise exercise = catalogue.getExercise(item.exercise());
            if (index > 0 && routine.restSeconds() > 0) {
                add(exercise, index, PhaseKind.REST, routine.restSeconds(), 0, 0, null);
            }
            addExercise(exercise, index, item.dosageOf(exercise), item.side());
        }
        return new Timeline(routine.id(), level, phases, items.size());
    }

    private void addExercise(Exercise exercise, int index, Dosage dosage, @Nullable Side only) {
        int reps = dosage.repetitions().at(level);
        List<Side> sides = only != null && dosage.sides().order().contains(only)
                ? List.of(only)
                : dosage.sides().order();
        if (exercise.prepareSeconds() > 0) {
            add(
                    exercise,
                    index,
                    PhaseKind.PREPARE,
                    exercise.prepareSeconds(),
                    0,
                    reps,
                    sides.isEmpty() ? null : sides.get(0));
        }
        if (sides.isEmpty()) {
            addRepetitions(exercise, index, dosage, reps, null);
            return;
        }
        for (int sideIndex = 0; sideIndex < sides.size(); sideIndex++) {
            Side side = sides.get(sideIndex);
            if (sideIndex > 0) {
                add(exercise, index, PhaseKind.SWITCH_SIDE, SWITCH_SIDE_SECONDS, 0, reps, side);
            }
            addRepetitions(exercise, index, dosage, reps, side);
        }
    }

    private void addRepetitions(Exercise exercise, int index, Dosage dosage, int reps, @Nullable Side side) {
        int relax = dosage.relax().at(level);
        for (int rep = 1; rep <= reps; rep++) {
            Style style = exercise.style();
            if (style == Style.ISOMETRIC || style == Style.RELAXATION) {
                add(exercise, index, PhaseKind.BREATHE, INHALE_SECONDS, rep, reps, side);
                add(exercise, index, PhaseKind.PRESS, dosage.hold().at(level), rep, reps, side);
                add(exercise, index, PhaseKind.RELEASE, RELEASE_SECONDS, rep, reps, side);
            } else if (style == Style.MOVEMENT) {
                addMovement(exercise, index, rep, reps, side);
            } else {
                add(exercise, index, effortKind(style), dosage.effortSeconds(level), rep, reps, side);
            }
            if (relax > 0) {
                add(exercise, index, PhaseKind.RELAX, relax, rep, reps, side);
            }
        }
    }

    /**
     * A movement: one MOVE phase, or one per step of its sequence with the step's cue. Each plays
     * its movement's cycle once per counted movement, or as often as whole cycles fit its time.
     */
    private void addMovement(Exercise exercise, int index, int rep, int reps, @Nullable Side side) {
        for (int step = 0; step < exercise.moveSteps(); step++) {
            long durationMs = exercise.stepMs(step, level);
            int counted = exercise.movementsIn(step);
            int cycles = counted > 0 ? counted : cyclesOf(exercise, step, durationMs);
            String cue = exercise.moveCue(step, side)
                    .orElseGet(() -> catalogue.phaseCues().cueFor(PhaseKind.MOVE, side));
            addPhase(exercise, index, PhaseKind.MOVE, durationMs, rep, reps, side, cue, step, cycles);
        }
    }

    private static int cyclesOf(Exercise exercise, int step, long durationMs) {
        Figure figure = exercise.figure();
        return figure == null
                ? 1
                : figure.movementFor(step, null)
                        .map(movement -> movement.cyclesIn(durationMs))
                        .orElse(1);
    }

    private static PhaseKind effortKind(Style style) {
        PhaseKind effort = style.effortKind();
        if (effort == null) {
            throw new IllegalArgumentException("style " + style + " cannot be timed");
        }
        return effort;
    }

    private void add(
            Exercise exercise, int index, PhaseKind kind, int seconds, int rep, int reps, @Nullable Side side) {
        if (seconds <= 0) {
            return;
        }
        String cue = exercise.cueFor(kind, side)
                .orElseGet(() -> catalogue.phaseCues().cueFor(kind, side));
        addPhase(exercise, index, kind, seconds * 1000L, rep, reps, side, cue, 0, 0);
    }

    private void addPhase(
            Exercise exercise,
            int index,
            PhaseKind kind,
            long durationMs,
            int rep,
            int reps,
            @Nullable Side side,
            String cue,
            int step,
            int cycles) {
        if (durationMs <= 0) {
            return;
        }
        phases.add(new Phase(atMs, durationMs, kind, exercise.id(), index, rep, reps, side, cue, step, cycles));
        atMs += durationMs;
    }
}
