package io.nape.store.persistence.diary;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Build session logs for tests, valid by default. */
final class SessionLogs {
    static final Instant MONDAY_NINE = Instant.parse("2026-03-30T07:00:00.123456789Z");

    private SessionLogs() {}

    static SessionLog aSessionLog(Instant startedAt) {
        return new SessionLog(
                null,
                new RoutineId("desk-a"),
                DosageLevel.STANDARD,
                startedAt,
                startedAt.plus(Duration.ofMinutes(8).plusMillis(500)),
                SessionOutcome.SKIPPED_PARTS,
                List.of(
                        new ExerciseResult(0, new ExerciseId("head-press-forward"), ExerciseStatus.COMPLETED),
                        new ExerciseResult(1, new ExerciseId("head-press-back"), ExerciseStatus.SKIPPED),
                        new ExerciseResult(2, new ExerciseId("head-press-side"), ExerciseStatus.PARTIAL)));
    }

    /** A log whose every field comes from the random source. */
    static SessionLog aRandomSessionLog(Random random) {
        Instant startedAt = Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000));
        List<ExerciseResult> exercises = new ArrayList<>();
        int count = random.nextInt(10);
        for (int position = 0; position < count; position++) {
            exercises.add(new ExerciseResult(
                    position,
                    new ExerciseId("exercise-" + random.nextInt(60)),
                    ExerciseStatus.values()[random.nextInt(ExerciseStatus.values().length)]));
        }
        return new SessionLog(
                null,
                new RoutineId("routine-" + random.nextInt(20)),
                DosageLevel.values()[random.nextInt(DosageLevel.values().length)],
                startedAt,
                startedAt.plusMillis(random.nextInt(3_600_000)),
                SessionOutcome.values()[random.nextInt(SessionOutcome.values().length)],
                exercises);
    }
}
