package io.nape.app.usecase.history;

import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.SessionLog;
import java.util.List;

/** A session log in JSON. */
public record SessionView(
        long id,
        String routine,
        String level,
        String startedAt,
        String endedAt,
        String outcome,
        List<ExerciseView> exercises) {
    public static SessionView of(SessionLog log) {
        return new SessionView(
                log.id() == null ? 0 : log.id(),
                log.routine().value(),
                log.level().key(),
                log.startedAt().toString(),
                log.endedAt().toString(),
                log.outcome().key(),
                log.exercises().stream().map(ExerciseView::of).toList());
    }
}

/** One exercise's result in JSON. */
record ExerciseView(int position, String exercise, String status) {
    static ExerciseView of(ExerciseResult result) {
        return new ExerciseView(
                result.position(), result.exercise().value(), result.status().key());
    }
}
