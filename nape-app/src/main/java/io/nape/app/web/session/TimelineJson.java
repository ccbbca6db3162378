package io.nape.app.web.session;

import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.web.library.IllustrationFiles;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A timeline as the browser player reads it: every phase with its offset from the session start
 * and where a skip from it leads, and every exercise with its span, so the player only renders.
 */
record TimelineJson(
        String routine,
        String name,
        String level,
        long totalMs,
        int exerciseCount,
        List<ExerciseJson> exercises,
        List<PhaseJson> phases) {

    /** One exercise of the routine: its place, span and drawing. */
    record ExerciseJson(
            int position,
            String exercise,
            String name,
            long startMs,
            long endMs,
            @Nullable String illustration) {}

    /** One timed phase; {@code skipToMs} is where "skip" leads from it. */
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
            long skipToMs) {}

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
        List<Phase> timed = timeline.phases();
        for (int index = 0; index < timed.size(); index++) {
            Phase phase = timed.get(index);
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
                    timeline.skipTargetMs(index)));
        }
        return new TimelineJson(
                routine.id().value(),
                routine.name(),
                timeline.level().key(),
                timeline.totalMs(),
                timeline.exerciseCount(),
                exercises,
                phases);
    }
}
