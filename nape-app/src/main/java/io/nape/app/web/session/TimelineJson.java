package io.nape.app.web.session;

import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.web.library.IllustrationFiles;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Side;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A timeline as the browser player reads it: every phase with its offset from the session start
 * and where a skip from it leads, and every exercise with its span, so the player only renders.
 * The figure's poses are listed once in {@code poses}; each phase names the pose it holds and, when
 * it moves, the key poses of its cycle, which it plays {@code cycles} times.
 */
record TimelineJson(
        String routine,
        String name,
        String level,
        long totalMs,
        int exerciseCount,
        List<ExerciseJson> exercises,
        List<Map<String, Double>> poses,
        List<PhaseJson> phases) {

    /** One exercise of the routine: its place, span and drawing. */
    record ExerciseJson(
            int position,
            String exercise,
            String name,
            long startMs,
            long endMs,
            @Nullable String illustration) {}

    /**
     * One timed phase; {@code skipToMs} is where "skip" leads from it, {@code pose} the index of the
     * pose it holds (for MOVE its still pose) and {@code cycle} the poses its movement passes through.
     */
    record PhaseJson(
            int index,
            long atMs,
            long durationMs,
            String kind,
            String exercise,
            int exerciseIndex,
            int rep,
            int reps,
            @Nullable String side,
            String cue,
            long skipToMs,
            int step,
            int cycles,
            @Nullable Integer pose,
            @Nullable List<Integer> cycle) {}

    /** The permitted session's timeline, the only one the player is given. */
    static TimelineJson of(SessionPermit permit, Catalogue catalogue) {
        Routine routine = permit.routineDetails();
        Timeline timeline = permit.timeline();
        List<ExerciseJson> exercises = new ArrayList<>();
        List<RoutineItem> items = routine.items();
        for (int position = 0; position < items.size(); position++) {
            Exercise exercise = catalogue.getExercise(items.get(position).exercise());
            exercises.add(new ExerciseJson(
                    position,
                    exercise.id().value(),
                    exercise.name(),
                    timeline.exerciseStartMs(position),
                    timeline.exerciseEndMs(position),
                    IllustrationFiles.exists(exercise) ? IllustrationFiles.href(exercise.id()) : null));
        }
        List<PhaseJson> phases = new ArrayList<>();
        PoseTable poses = new PoseTable();
        List<Phase> timed = timeline.phases();
        for (int index = 0; index < timed.size(); index++) {
            Phase phase = timed.get(index);
            Figure figure = catalogue.getExercise(phase.exercise()).figure();
            Side side = drawnSide(timed, index);
            phases.add(new PhaseJson(
                    index,
                    phase.atMs(),
                    phase.durationMs(),
                    phase.kind().name(),
                    phase.exercise().value(),
                    phase.exerciseIndex(),
                    phase.rep(),
                    phase.reps(),
                    phase.side() == null ? null : phase.side().name().toLowerCase(Locale.ROOT),
                    phase.cue(),
                    timeline.skipTargetMs(index),
                    phase.step(),
                    phase.cycles(),
                    poses.poseOf(figure, phase.kind(), phase.step(), side),
                    poses.cycleOf(figure, phase.kind(), phase.step(), side)));
        }
        return new TimelineJson(
                routine.id().value(),
                routine.name(),
                timeline.level().key(),
                timeline.totalMs(),
                timeline.exerciseCount(),
                exercises,
                poses.poses(),
                phases);
    }

    /**
     * The side a phase's figure shows: its own, or for a rest that of the phase it leads into, so
     * that a rest before a sided exercise already shows the side it starts with.
     */
    private static @Nullable Side drawnSide(List<Phase> phases, int index) {
        Phase phase = phases.get(index);
        if (phase.kind() == PhaseKind.REST && index + 1 < phases.size()) {
            Phase next = phases.get(index + 1);
            return next.exerciseIndex() == phase.exerciseIndex() ? next.side() : null;
        }
        return phase.side();
    }
}
