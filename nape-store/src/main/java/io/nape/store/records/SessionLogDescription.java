package io.nape.store.records;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A played session: one row of {@code session_log} with a row of {@code session_exercise} per
 * exercise, one object of {@code sessionLogs} with its {@code exercises}, one line of {@code
 * session-logs.csv} with lines of {@code session-exercises.csv}.
 */
public final class SessionLogDescription {
    static final Field<ExerciseResult, Integer> POSITION =
            Field.number("position", 0, 10_000, ExerciseResult::position);
    static final Field<ExerciseResult, String> EXERCISE =
            Field.text("exercise", 200, false, result -> result.exercise().value());
    static final Field<ExerciseResult, ExerciseStatus> STATUS = Field.key(
            "status",
            KeySet.of(ExerciseStatus.values(), ExerciseStatus::key, ExerciseStatus::fromKey),
            ExerciseResult::status);

    /** One exercise of a session, a row of {@code session_exercise} naming its session by {@code session_id}. */
    public static final RecordType<ExerciseResult> EXERCISES_TYPE = new RecordType<>(
            "exercise",
            "exercises",
            "session_exercise",
            List.of(POSITION, EXERCISE, STATUS),
            values ->
                    new ExerciseResult(values.get(POSITION), new ExerciseId(values.get(EXERCISE)), values.get(STATUS)));

    /** The column of {@code session_exercise} that names the session. */
    public static final String SESSION_COLUMN = "session_id";

    static final Field<SessionLog, Long> ID = Field.id(log -> Objects.requireNonNull(log.id(), "session log id"));
    static final Field<SessionLog, String> ROUTINE =
            Field.text("routine", 200, false, log -> log.routine().value());
    static final Field<SessionLog, DosageLevel> LEVEL = Field.key(
            "level", KeySet.of(DosageLevel.values(), DosageLevel::key, DosageLevel::fromKey), SessionLog::level);
    public static final Field<SessionLog, Instant> STARTED_AT =
            Field.instant("startedAt", SessionLog::startedAt).column("started_at_ms");
    public static final Field<SessionLog, Instant> ENDED_AT =
            Field.instant("endedAt", SessionLog::endedAt).column("ended_at_ms");
    static final Field<SessionLog, SessionOutcome> OUTCOME = Field.key(
            "outcome",
            KeySet.of(SessionOutcome.values(), SessionOutcome::key, SessionOutcome::fromKey),
            SessionLog::outcome);
    public static final Field<SessionLog, List<ExerciseResult>> EXERCISES =
            Field.list("exercises", EXERCISES_TYPE, SessionLog::exercises);

    public static final RecordType<SessionLog> TYPE = new RecordType<>(
            "sessionLog",
            "sessionLogs",
            "session_log",
            List.of(ID, ROUTINE, LEVEL, STARTED_AT, ENDED_AT, OUTCOME, EXERCISES),
            values -> new SessionLog(
                    values.get(ID),
                    new RoutineId(values.get(ROUTINE)),
                    values.get(LEVEL),
                    values.get(STARTED_AT),
                    values.get(ENDED_AT),
                    values.get(OUTCOME),
                    values.get(EXERCISES)));

    private SessionLogDescription() {}
}
