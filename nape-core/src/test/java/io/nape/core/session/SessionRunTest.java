package io.nape.core.session;

import static io.nape.core.catalogue.CatalogueFixtures.aRoutine;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.CatalogueFixtures;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drive a session run with explicit monotonic clock readings in milliseconds: no sleeps, no clock.
 *
 * <p>The routine is forehead press, temple press and chin rubs at the gentle level (see {@link
 * TimelineTest}): forehead press 0–62 s, rest 62–67 s, temple press 67–191 s, rest 191–196 s, chin
 * rubs 196–221 s.
 */
class SessionRunTest {
    private static final Catalogue COMPLEX = CatalogueFixtures.isometricComplex();
    private static final Routine SMALL = aRoutine("small")
            .withRest(5)
            .withExercises("iso-forehead-press", "iso-temple-press", "iso-chin-rubs-collarbones")
            .build();
    private static final Timeline TIMELINE = Timeline.expand(SMALL, COMPLEX, DosageLevel.GENTLE);
    private static final long TOTAL = 221_000;
    private static final Instant STARTED = Instant.parse("2026-03-30T08:00:00Z");

    private final SessionRun run = new SessionRun(TIMELINE, STARTED);

    private static Instant at(long clockMs) {
        return STARTED.plusMillis(clockMs);
    }

    private static List<ExerciseStatus> statuses(SessionLog log) {
        return log.exercises().stream().map(ExerciseResult::status).toList();
    }

    @Test
    void startsAtTheBeginningOfTheTimeline() {
        assertThat(TIMELINE.totalMs()).isEqualTo(TOTAL);
        assertThat(run.timeline()).isSameAs(TIMELINE);
        assertThat(run.positionMs(0)).isZero();
        assertThat(run.isPaused()).isFalse();
        assertThat(run.isFinished(0)).isFalse();
        TimelineState state = run.stateAt(0);
        assertThat(state.index()).isZero();
        assertThat(state.phase().kind()).isEqualTo(PhaseKind.PREPARE);
        assertThat(state.remainingMs()).isEqualTo(5_000);
    }

    @Test
    void followsTheClockWhilePlaying() {
        assertThat(run.positionMs(10_000)).isEqualTo(10_000);
        TimelineState state = run.stateAt(10_000);
        // Forehead press: PREPARE 0-5 s, BREATHE 5-7 s, PRESS 7-12 s.
        assertThat(state.phase().kind()).isEqualTo(PhaseKind.PRESS);
        assertThat(state.remainingMs()).isEqualTo(2_000);
    }

    @Test
    void neverGoesBelowZeroOrPastTheEnd() {
        assertThat(run.positionMs(-5_000)).isZero();
        assertThat(run.stateAt(-5_000).index()).isZero();
        assertThat(run.positionMs(TOTAL + 60_000)).isEqualTo(TOTAL);
        assertThat(run.stateAt(TOTAL + 60_000).isFinished()).isTrue();
    }

    @Test
    void finishesExactlyAtTheTotal() {
        assertThat(run.isFinished(TOTAL - 1)).isFalse();
        assertThat(run.isFinished(TOTAL)).isTrue();
        assertThat(run.isFinished(TOTAL + 1)).isTrue();
    }

    @Nested
    class Pausing {
        @Test
        void holdsThePositionWhilePaused() {
            run.pause(10_000);

            assertThat(run.isPaused()).isTrue();
            assertThat(run.positionMs(10_000)).isEqualTo(10_000);
            assertThat(run.positionMs(50_000)).isEqualTo(10_000);
            assertThat(run.stateAt(50_000).remainingMs()).isEqualTo(2_000);
            assertThat(run.isFinished(TOTAL + 100_000)).isFalse();
        }

        @Test
        void shiftsTheTimelineByThePausedTimeOnResume() {
            run.pause(10_000);
            run.resume(50_000);

            assertThat(run.isPaused()).isFalse();
            assertThat(run.positionMs(50_000)).isEqualTo(10_000);
            assertThat(run.positionMs(60_000)).isEqualTo(20_000);
            assertThat(run.clockAtPosition(TOTAL)).isEqualTo(TOTAL + 40_000);
            assertThat(run.isFinished(TOTAL + 39_999)).isFalse();
            assertThat(run.isFinished(TOTAL + 40_000)).isTrue();
        }

        @Test
        void addsUpSeveralPauses() {
            run.pause(10_000);
            run.resume(15_000);
            run.pause(30_000);
            run.resume(42_000);

            // 5 s + 12 s paused.
            assertThat(run.positionMs(50_000)).isEqualTo(33_000);
            assertThat(run.clockAtPosition(100_000)).isEqualTo(117_000);
        }

        @Test
        void ignoresASecondPauseAndCountsFromTheFirst() {
            run.pause(10_000);
            run.pause(20_000);

            assertThat(run.positionMs(25_000)).isEqualTo(10_000);
            run.resume(30_000);
            assertThat(run.positionMs(30_000)).isEqualTo(10_000);
        }

        @Test
        void ignoresAResumeWhilePlaying() {
            run.resume(10_000);

            assertThat(run.positionMs(20_000)).isEqualTo(20_000);
            run.pause(20_000);
            run.resume(25_000);
            run.resume(40_000);
            assertThat(run.positionMs(45_000)).isEqualTo(40_000);
        }

        @Test
        void resumesAtThePhaseItPausedIn() {
            run.pause(9_000);
            run.resume(609_000);

            TimelineState state = run.stateAt(609_000);
            assertThat(state.phase().kind()).isEqualTo(PhaseKind.PRESS);
            assertThat(state.remainingMs()).isEqualTo(3_000);
        }
    }

    @Nested
    class Skipping {
        @Test
        void jumpsFromInsideAnExercisePastTheRestToTheNextExercise() {
            run.skip(10_000);

            assertThat(run.positionMs(10_000)).isEqualTo(67_000);
            assertThat(run.stateAt(10_000).phase().kind()).isEqualTo(PhaseKind.PREPARE);
            assertThat(run.stateAt(10_000).phase().exerciseIndex()).isEqualTo(1);
            assertThat(run.positionMs(12_000)).isEqualTo(69_000);
            assertThat(run.clockAtPosition(196_000)).isEqualTo(139_000);
        }

        @Test
        void jumpsFromARestToTheStartOfTheExerciseAhead() {
            run.skip(63_000);

            assertThat(run.positionMs(63_000)).isEqualTo(67_000);
            SessionLog log = run.finish(100_000, at(100_000), SessionOutcome.QUIT);
            // Skipping the rest skips no exercise: the temple press runs 67-191 s, so at 104 s it is partial.
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.COMPLETED, ExerciseStatus.PARTIAL, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void jumpsFromTheLastExerciseToTheEnd() {
            run.skip(200_000);

            assertThat(run.positionMs(200_000)).isEqualTo(TOTAL);
            assertThat(run.isFinished(200_000)).isTrue();
            assertThat(run.stateAt(200_000).isFinished()).isTrue();
        }

        @Test
        void skipsWhilePausedAndStaysPaused() {
            run.pause(10_000);
            run.skip(20_000);

            assertThat(run.isPaused()).isTrue();
            assertThat(run.positionMs(20_000)).isEqualTo(67_000);
            assertThat(run.positionMs(30_000)).isEqualTo(67_000);
            run.resume(40_000);
            assertThat(run.positionMs(40_000)).isEqualTo(67_000);
            assertThat(run.positionMs(45_000)).isEqualTo(72_000);
        }

        @Test
        void skipsOneExerciseAfterAnother() {
            run.skip(1_000);
            run.skip(2_000);

            assertThat(run.positionMs(2_000)).isEqualTo(196_000);
            run.skip(3_000);
            assertThat(run.positionMs(3_000)).isEqualTo(TOTAL);
        }

        @Test
        void doesNothingOnceTheEndIsReached() {
            run.skip(TOTAL + 5_000);

            SessionLog log = run.finish(TOTAL + 5_000, at(TOTAL + 5_000), SessionOutcome.QUIT);
            assertThat(log.outcome()).isEqualTo(SessionOutcome.COMPLETED);
            assertThat(statuses(log)).containsOnly(ExerciseStatus.COMPLETED);
        }
    }

    @Nested
    class Finishing {
        @Test
        void completesWhenPlayedToTheEnd() {
            SessionLog log = run.finish(TOTAL, at(TOTAL), SessionOutcome.QUIT);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.COMPLETED);
            assertThat(log.id()).isNull();
            assertThat(log.routine()).isEqualTo(new RoutineId("small"));
            assertThat(log.level()).isEqualTo(DosageLevel.GENTLE);
            assertThat(log.startedAt()).isEqualTo(STARTED);
            assertThat(log.endedAt()).isEqualTo(at(TOTAL));
            assertThat(log.exercises())
                    .containsExactly(
                            new ExerciseResult(0, new ExerciseId("iso-forehead-press"), ExerciseStatus.COMPLETED),
                            new ExerciseResult(1, new ExerciseId("iso-temple-press"), ExerciseStatus.COMPLETED),
                            new ExerciseResult(
                                    2, new ExerciseId("iso-chin-rubs-collarbones"), ExerciseStatus.COMPLETED));
            assertThat(log.completedCount()).isEqualTo(3);
        }

        @Test
        void completesAfterPausesWhenPlayedToTheShiftedEnd() {
            run.pause(30_000);
            run.resume(90_000);

            SessionLog early = new SessionRun(TIMELINE, STARTED).finish(TOTAL, at(TOTAL), SessionOutcome.QUIT);
            assertThat(early.outcome()).isEqualTo(SessionOutcome.COMPLETED);
            SessionLog log = run.finish(TOTAL + 60_000, at(TOTAL + 60_000), SessionOutcome.QUIT);
            assertThat(log.outcome()).isEqualTo(SessionOutcome.COMPLETED);
        }

        @Test
        void reportsSkippedPartsWhenAnExerciseWasSkippedAndTheEndReached() {
            run.skip(70_000);

            SessionLog log = run.finish(TOTAL, at(TOTAL), SessionOutcome.QUIT);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.SKIPPED_PARTS);
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.COMPLETED, ExerciseStatus.SKIPPED, ExerciseStatus.COMPLETED);
        }

        @Test
        void marksEveryExerciseSkippedWhenAllWereSkipped() {
            run.skip(0);
            run.skip(0);
            run.skip(0);

            SessionLog log = run.finish(0, at(0), SessionOutcome.QUIT);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.SKIPPED_PARTS);
            assertThat(statuses(log)).containsOnly(ExerciseStatus.SKIPPED);
            assertThat(log.completedCount()).isZero();
        }

        @Test
        void quitsWithTheExerciseUnderWayPartial() {
            SessionLog log = run.finish(100_000, at(100_000), SessionOutcome.QUIT);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.QUIT);
            assertThat(log.endedAt()).isEqualTo(at(100_000));
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.COMPLETED, ExerciseStatus.PARTIAL, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void stopsForPainWithTheGivenOutcome() {
            SessionLog log = run.finish(20_000, at(20_000), SessionOutcome.STOPPED_FOR_PAIN);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.STOPPED_FOR_PAIN);
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.PARTIAL, ExerciseStatus.NOT_STARTED, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void keepsTheEarlyOutcomeWhenSkippedPartsAndQuitBeforeTheEnd() {
            run.skip(10_000);

            SessionLog log = run.finish(100_000, at(100_000), SessionOutcome.QUIT);

            // Position 67 s + 90 s = 157 s: inside the temple press.
            assertThat(log.outcome()).isEqualTo(SessionOutcome.QUIT);
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.SKIPPED, ExerciseStatus.PARTIAL, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void countsNothingStartedBeforeTheFirstMillisecondOrDuringTheRestBeforeAnExercise() {
            SessionLog atStart = new SessionRun(TIMELINE, STARTED).finish(0, at(0), SessionOutcome.QUIT);
            assertThat(statuses(atStart)).containsOnly(ExerciseStatus.NOT_STARTED);

            SessionLog inRest = run.finish(64_000, at(64_000), SessionOutcome.QUIT);
            assertThat(statuses(inRest))
                    .containsExactly(ExerciseStatus.COMPLETED, ExerciseStatus.NOT_STARTED, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void countsAnExerciseCompleteExactlyAtItsEnd() {
            SessionLog log = run.finish(62_000, at(62_000), SessionOutcome.QUIT);

            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.COMPLETED, ExerciseStatus.NOT_STARTED, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void measuresTheFinishPositionWithoutThePausedTime() {
            run.pause(10_000);
            // Paused for a long time, then quit: the position is still 10 s.
            SessionLog log = run.finish(500_000, at(500_000), SessionOutcome.QUIT);

            assertThat(log.outcome()).isEqualTo(SessionOutcome.QUIT);
            assertThat(statuses(log))
                    .containsExactly(ExerciseStatus.PARTIAL, ExerciseStatus.NOT_STARTED, ExerciseStatus.NOT_STARTED);
        }

        @Test
        void freezesThePositionOnceFinished() {
            run.finish(30_000, at(30_000), SessionOutcome.QUIT);

            assertThat(run.positionMs(90_000)).isEqualTo(30_000);
            assertThat(run.isFinished(30_000)).isTrue();
            assertThat(run.stateAt(90_000).phase()).isEqualTo(TIMELINE.phases().get(TIMELINE.indexAt(30_000)));
        }

        @Test
        void neverEndsBeforeItStarted() {
            SessionLog log = run.finish(10_000, STARTED.minusSeconds(3), SessionOutcome.QUIT);

            assertThat(log.endedAt()).isEqualTo(STARTED);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    /**
     * Press random keys at random moments: the position never goes back, never leaves [0, total],
     * stands still while paused and moves with the clock while playing.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void keepsThePositionInRangeAndMonotonicUnderRandomKeys(long seed) {
        Random random = new Random(seed);
        SessionRun player = new SessionRun(TIMELINE, STARTED);
        long clock = 0;
        long last = 0;
        while (clock < 3 * TOTAL) {
            long step = random.nextInt(20_000);
            long before = player.positionMs(clock);
            clock += step;
            long after = player.positionMs(clock);
            if (player.isPaused()) {
                assertThat(after).isEqualTo(before);
            } else {
                assertThat(after).isEqualTo(Math.min(TOTAL, before + step));
            }
            switch (random.nextInt(4)) {
                case 0 -> player.pause(clock);
                case 1 -> player.resume(clock);
                case 2 -> {
                    int index = TIMELINE.indexAt(after);
                    player.skip(clock);
                    long skippedTo = player.positionMs(clock);
                    assertThat(skippedTo)
                            .isEqualTo(index < TIMELINE.phases().size() ? TIMELINE.skipTargetMs(index) : TOTAL);
                }
                default -> {}
            }
            long now = player.positionMs(clock);
            assertThat(now).isBetween(last, TOTAL);
            last = now;
        }
        SessionLog log = player.finish(clock, at(clock), SessionOutcome.QUIT);
        assertThat(log.exercises()).hasSize(3);
        assertThat(log.endedAt()).isAfterOrEqualTo(log.startedAt());
    }
}
