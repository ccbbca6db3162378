package io.nape.core.session;

import io.nape.core.catalogue.PhaseKind;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Follow one played session of a timeline: pauses, skips and how it ended.
 *
 * <p>Model: a player passes monotonic milliseconds since it started the run ({@code clockMs}).
 * The position in the timeline is {@code clockMs - paused + skipped}: time spent paused does not
 * move it, a skip moves it forward at once. Nothing here reads a clock or sleeps, so the same run
 * can be driven by a terminal, a browser or a test.
 */
public final class SessionRun {
    private final Timeline timeline;
    private final Instant startedAt;
    private final boolean[] skipped;
    private long pausedMs;
    private long skippedMs;
    private long pausedSinceMs = -1;
    private long endedPositionMs = -1;

    public SessionRun(Timeline timeline, Instant startedAt) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.skipped = new boolean[timeline.exerciseCount()];
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Where in the timeline the session is at a clock reading, in milliseconds. */
    public long positionMs(long clockMs) {
        if (endedPositionMs >= 0) {
            return endedPositionMs;
        }
        long reference = isPaused() ? pausedSinceMs : clockMs;
        return Math.min(timeline.totalMs(), Math.max(0, reference - pausedMs + skippedMs));
    }

    /** The clock reading at which the position will reach {@code targetMs}, if not paused first. */
    public long clockAtPosition(long targetMs) {
        return targetMs + pausedMs - skippedMs;
    }

    public TimelineState stateAt(long clockMs) {
        return timeline.stateAt(java.time.Duration.ofMillis(positionMs(clockMs)));
    }

    public boolean isPaused() {
        return pausedSinceMs >= 0;
    }

    public boolean isFinished(long clockMs) {
        return endedPositionMs >= 0 || positionMs(clockMs) >= timeline.totalMs();
    }

    public void pause(long clockMs) {
        if (!isPaused()) {
            pausedSinceMs = clockMs;
        }
    }

    public void resume(long clockMs) {
        if (isPaused()) {
            pausedMs += clockMs - pausedSinceMs;
            pausedSinceMs = -1;
        }
    }

    /** Skip the rest of the current exercise (or the rest before the next one). */
    public void skip(long clockMs) {
        long position = positionMs(clockMs);
        int index = timeline.indexAt(position);
        if (endedPositionMs >= 0 || index >= timeline.phases().size()) {
            return;
        }
        Phase phase = timeline.phases().get(index);
        if (phase.kind() != PhaseKind.REST) {
            skipped[phase.exerciseIndex()] = true;
        }
        skippedMs += timeline.skipTargetMs(index) - position;
    }

    /** End the run and return its log; the outcome says why it ended early, if it did. */
    public SessionLog finish(long clockMs, Instant endedAt, SessionOutcome earlyOutcome) {
        long position = positionMs(clockMs);
        endedPositionMs = position;
        boolean reachedEnd = position >= timeline.totalMs();
        List<ExerciseResult> results = new ArrayList<>();
        boolean anySkipped = false;
        for (int index = 0; index < timeline.exerciseCount(); index++) {
            ExerciseStatus status = statusOf(index, position);
            anySkipped |= status == ExerciseStatus.SKIPPED;
            results.add(new ExerciseResult(index, exerciseAt(index), status));
        }
        SessionOutcome outcome;
        if (reachedEnd) {
            outcome = anySkipped ? SessionOutcome.SKIPPED_PARTS : SessionOutcome.COMPLETED;
        } else {
            outcome = earlyOutcome;
        }
        Instant end = endedAt.isBefore(startedAt) ? startedAt : endedAt;
        return new SessionLog(null, timeline.routine(), timeline.level(), startedAt, end, outcome, results);
    }

    private ExerciseStatus statusOf(int index, long position) {
        if (skipped[index]) {
            return ExerciseStatus.SKIPPED;
        }
        if (position >= timeline.exerciseEndMs(index)) {
            return ExerciseStatus.COMPLETED;
        }
        return position > timeline.exerciseStartMs(index) ? ExerciseStatus.PARTIAL : ExerciseStatus.NOT_STARTED;
    }

    private io.nape.core.catalogue.ExerciseId exerciseAt(int index) {
        for (Phase phase : timeline.phases()) {
            if (phase.exerciseIndex() == index) {
                return phase.exercise();
            }
        }
        throw new IllegalStateException("no phase for exercise " + index);
    }
}
