package io.nape.core.session;

import static io.nape.core.catalogue.CatalogueFixtures.aRoutine;
import static io.nape.core.catalogue.CatalogueFixtures.anExercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.CatalogueFixtures;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseNotFoundException;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check the timeline engine against routines worked out by hand.
 *
 * <p>The fixtures dose like the isometric complex: an isometric repetition is BREATHE 2 s, PRESS
 * for the hold (5–7 s), RELEASE 2 s and RELAX 10 s; each exercise opens with PREPARE 5 s; routines
 * rest 5 s between exercises and a sided exercise switches sides in 5 s.
 */
class TimelineTest {
    private static final Catalogue COMPLEX = CatalogueFixtures.isometricComplex();

    /** Forehead press (unsided), temple press (sided), chin rubs (×10): the small routine of the totals. */
    private static final Routine SMALL = aRoutine("small")
            .withRest(5)
            .withExercises("iso-forehead-press", "iso-temple-press", "iso-chin-rubs-collarbones")
            .build();

    private static Timeline expand(Routine routine, DosageLevel level) {
        return Timeline.expand(routine, COMPLEX, level);
    }

    private static Timeline expandAlone(Exercise exercise, DosageLevel level) {
        Routine routine = aRoutine("one").withExercises(exercise).build();
        return Timeline.expand(routine, Catalogue.of(List.of(exercise), List.of(routine)), level);
    }

    private static Timeline only(String exerciseId, DosageLevel level) {
        return expand(aRoutine("one").withExercises(exerciseId).build(), level);
    }

    /** One line per phase: kind, side, rep/reps and seconds. */
    private static List<String> lines(Timeline timeline) {
        return timeline.phases().stream()
                .map(phase -> phase.kind() + " " + phase.side() + " " + phase.rep() + "/" + phase.reps() + " "
                        + phase.durationMs() / 1000 + "s")
                .toList();
    }

    private static List<String> isometricRep(Side side, int rep, int reps, int holdSeconds) {
        return List.of(
                "BREATHE " + side + " " + rep + "/" + reps + " 2s",
                "PRESS " + side + " " + rep + "/" + reps + " " + holdSeconds + "s",
                "RELEASE " + side + " " + rep + "/" + reps + " 2s",
                "RELAX " + side + " " + rep + "/" + reps + " 10s");
    }

    private static List<Phase> ofKind(Timeline timeline, PhaseKind kind) {
        return timeline.phases().stream().filter(phase -> phase.kind() == kind).toList();
    }

    private static int indexOfFirst(Timeline timeline, PhaseKind kind, int exerciseIndex) {
        List<Phase> phases = timeline.phases();
        for (int index = 0; index < phases.size(); index++) {
            if (phases.get(index).kind() == kind && phases.get(index).exerciseIndex() == exerciseIndex) {
                return index;
            }
        }
        throw new AssertionError("no " + kind + " in exercise " + exerciseIndex);
    }

    @Nested
    class Sides {
        @Test
        void playsEveryRepetitionOnTheLeftThenSwitchesThenEveryRepetitionOnTheRight() {
            Timeline timeline = only("iso-temple-press", DosageLevel.GENTLE);

            List<String> expected = new ArrayList<>();
            expected.add("PREPARE LEFT 0/3 5s");
            for (int rep = 1; rep <= 3; rep++) {
                expected.addAll(isometricRep(Side.LEFT, rep, 3, 5));
            }
            expected.add("SWITCH_SIDE RIGHT 0/3 5s");
            for (int rep = 1; rep <= 3; rep++) {
                expected.addAll(isometricRep(Side.RIGHT, rep, 3, 5));
            }
            assertThat(lines(timeline)).containsExactlyElementsOf(expected);
        }

        @Test
        void pressesRepsTimesOnEachSide() {
            Timeline timeline = only("iso-slow-turn-with-gaze", DosageLevel.FULL);

            List<Phase> presses = ofKind(timeline, PhaseKind.PRESS);
            assertThat(presses).hasSize(10);
            assertThat(presses.stream().filter(phase -> phase.side() == Side.LEFT))
                    .extracting(Phase::rep)
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(presses.stream().filter(phase -> phase.side() == Side.RIGHT))
                    .extracting(Phase::rep)
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(presses).allSatisfy(phase -> assertThat(phase.reps()).isEqualTo(5));
        }

        @Test
        void switchesSidesExactlyOnceBetweenTheLastLeftAndTheFirstRightRepetition() {
            Timeline timeline = only("iso-temple-press", DosageLevel.STANDARD);
            List<Phase> phases = timeline.phases();

            List<Phase> switches = ofKind(timeline, PhaseKind.SWITCH_SIDE);
            assertThat(switches).hasSize(1);
            int at = phases.indexOf(switches.get(0));
            assertThat(phases.get(at - 1).side()).isEqualTo(Side.LEFT);
            assertThat(phases.get(at - 1).rep()).isEqualTo(4);
            assertThat(phases.get(at + 1).side()).isEqualTo(Side.RIGHT);
            assertThat(phases.get(at + 1).rep()).isEqualTo(1);
            assertThat(phases.subList(0, at))
                    .allSatisfy(phase -> assertThat(phase.side()).isEqualTo(Side.LEFT));
            assertThat(phases.subList(at, phases.size()))
                    .allSatisfy(phase -> assertThat(phase.side()).isEqualTo(Side.RIGHT));
        }

        @Test
        void leavesTheSideEmptyForUnsidedExercises() {
            Timeline timeline = only("iso-forehead-press", DosageLevel.STANDARD);

            assertThat(timeline.phases())
                    .allSatisfy(phase -> assertThat(phase.side()).isNull());
            assertThat(ofKind(timeline, PhaseKind.SWITCH_SIDE)).isEmpty();
        }

        @Test
        void playsAnUnsidedExerciseOnceWithoutSwitching() {
            Timeline timeline = only("iso-forehead-press", DosageLevel.GENTLE);

            List<String> expected = new ArrayList<>();
            expected.add("PREPARE null 0/3 5s");
            for (int rep = 1; rep <= 3; rep++) {
                expected.addAll(isometricRep(null, rep, 3, 5));
            }
            assertThat(lines(timeline)).containsExactlyElementsOf(expected);
        }

        @Test
        void doesTheSidedMovementOnEachSide() {
            Exercise oneHand = anExercise("massage-one-hand")
                    .withStyle(Style.MOVEMENT)
                    .withHold(20, 30)
                    .withRelax(0, 0)
                    .withRepetitions(1, 1)
                    .sided()
                    .build();

            assertThat(lines(expandAlone(oneHand, DosageLevel.STANDARD)))
                    .containsExactly(
                            "PREPARE LEFT 0/1 5s",
                            "MOVE LEFT 1/1 12s",
                            "MOVE LEFT 1/1 12s",
                            "SWITCH_SIDE RIGHT 0/1 5s",
                            "MOVE RIGHT 1/1 12s",
                            "MOVE RIGHT 1/1 12s");
        }
    }

    @Nested
    class Levels {
        @ParameterizedTest
        @EnumSource(DosageLevel.class)
        void picksHoldRelaxAndRepetitionsFromTheRangesByLevel(DosageLevel level) {
            // hold 20-30, relax 10-15, repetitions 2-5: gentle takes the lower ends, full the upper
            // ends, standard the middle rounded down (25, 12, 3).
            Exercise stretch = anExercise("yoga-like")
                    .withStyle(Style.STRETCH)
                    .withHold(20, 30)
                    .withRelax(10, 15)
                    .withRepetitions(2, 5)
                    .build();
            int[] expected =
                    switch (level) {
                        case GENTLE -> new int[] {20, 10, 2};
                        case STANDARD -> new int[] {25, 12, 3};
                        case FULL -> new int[] {30, 15, 5};
                    };

            Timeline timeline = expandAlone(stretch, level);

            List<Phase> holds = ofKind(timeline, PhaseKind.HOLD);
            List<Phase> relaxes = ofKind(timeline, PhaseKind.RELAX);
            assertThat(holds).hasSize(expected[2]);
            assertThat(relaxes).hasSize(expected[2]);
            assertThat(holds).allSatisfy(phase -> assertThat(phase.durationMs()).isEqualTo(expected[0] * 1000L));
            assertThat(relaxes)
                    .allSatisfy(phase -> assertThat(phase.durationMs()).isEqualTo(expected[1] * 1000L));
            assertThat(timeline.level()).isEqualTo(level);
        }

        @Test
        void dosesTheIsometricComplexAtFiveSixAndSevenSecondsOfPress() {
            assertThat(ofKind(only("iso-forehead-press", DosageLevel.GENTLE), PhaseKind.PRESS))
                    .extracting(Phase::durationMs)
                    .containsExactly(5_000L, 5_000L, 5_000L);
            assertThat(ofKind(only("iso-forehead-press", DosageLevel.STANDARD), PhaseKind.PRESS))
                    .extracting(Phase::durationMs)
                    .containsExactly(6_000L, 6_000L, 6_000L, 6_000L);
            assertThat(ofKind(only("iso-forehead-press", DosageLevel.FULL), PhaseKind.PRESS))
                    .extracting(Phase::durationMs)
                    .containsExactly(7_000L, 7_000L, 7_000L, 7_000L, 7_000L);
        }

        @Test
        void leavesOutTheRelaxPhaseWhenTheDosageHasNoRelaxation() {
            Exercise stretch = anExercise("no-relax")
                    .withStyle(Style.STRETCH)
                    .withHold(10, 15)
                    .withRelax(0, 0)
                    .withRepetitions(2, 2)
                    .build();

            assertThat(lines(expandAlone(stretch, DosageLevel.FULL)))
                    .containsExactly("PREPARE null 0/2 5s", "HOLD null 1/2 15s", "HOLD null 2/2 15s");
        }

        @Test
        void relaxesOnlyAtTheLevelsWhereTheRangeIsAboveZero() {
            Exercise stretch = anExercise("some-relax")
                    .withStyle(Style.STRETCH)
                    .withHold(10, 10)
                    .withRelax(0, 4)
                    .withRepetitions(1, 1)
                    .build();

            assertThat(ofKind(expandAlone(stretch, DosageLevel.GENTLE), PhaseKind.RELAX))
                    .isEmpty();
            assertThat(ofKind(expandAlone(stretch, DosageLevel.STANDARD), PhaseKind.RELAX))
                    .extracting(Phase::durationMs)
                    .containsExactly(2_000L);
            assertThat(ofKind(expandAlone(stretch, DosageLevel.FULL), PhaseKind.RELAX))
                    .extracting(Phase::durationMs)
                    .containsExactly(4_000L);
        }

        @ParameterizedTest
        @EnumSource(DosageLevel.class)
        void keepsTheRoutinesOwnRepetitionsAtEveryLevelWhenExact(DosageLevel level) {
            // The exercise says 3-5; the routine says exactly 2.
            Routine routine = aRoutine("override")
                    .withItem("iso-forehead-press", 2, 2)
                    .withItem("iso-temple-press", 2, 2)
                    .build();

            Timeline timeline = expand(routine, level);

            assertThat(ofKind(timeline, PhaseKind.PRESS).stream().filter(phase -> phase.exerciseIndex() == 0))
                    .extracting(Phase::rep)
                    .containsExactly(1, 2);
            assertThat(ofKind(timeline, PhaseKind.PRESS).stream().filter(phase -> phase.exerciseIndex() == 1))
                    .extracting(phase -> phase.side() + " " + phase.rep() + "/" + phase.reps())
                    .containsExactly("LEFT 1/2", "LEFT 2/2", "RIGHT 1/2", "RIGHT 2/2");
        }

        @Test
        void picksTheRoutinesRepetitionRangeByLevelInsteadOfTheExercises() {
            // Routine range 1-3 over the exercise's 3-5: gentle 1, standard 2, full 3.
            Routine routine =
                    aRoutine("override").withItem("iso-forehead-press", 1, 3).build();

            assertThat(ofKind(expand(routine, DosageLevel.GENTLE), PhaseKind.PRESS))
                    .hasSize(1);
            assertThat(ofKind(expand(routine, DosageLevel.STANDARD), PhaseKind.PRESS))
                    .hasSize(2);
            assertThat(ofKind(expand(routine, DosageLevel.FULL), PhaseKind.PRESS))
                    .hasSize(3);
            assertThat(expand(routine, DosageLevel.FULL).phases())
                    .allSatisfy(phase -> assertThat(phase.reps()).isEqualTo(3));
        }

        @Test
        void appliesAnOverrideOnlyToItsOwnItem() {
            Routine routine = aRoutine("override")
                    .withItem("iso-forehead-press", 1, 1)
                    .withExercises("iso-forehead-press")
                    .build();

            Timeline timeline = expand(routine, DosageLevel.FULL);

            assertThat(ofKind(timeline, PhaseKind.PRESS))
                    .extracting(phase -> phase.exerciseIndex() + ":" + phase.rep() + "/" + phase.reps())
                    .containsExactly("0:1/1", "1:1/5", "1:2/5", "1:3/5", "1:4/5", "1:5/5");
        }
    }

    @Nested
    class Styles {
        @Test
        void countsTheMovementsOfTheComplexAtTwoOrSixSecondsEach() {
            // #7 ×10 at 2 s, #8 ×20 at 2 s, #9 ×5 at 6 s; one repetition, no relaxation; each
            // split into steps of at most 15 s (the fixtures split as evenly as the counts allow).
            assertThat(lines(only("iso-chin-rubs-collarbones", DosageLevel.STANDARD)))
                    .containsExactly("PREPARE null 0/1 5s", "MOVE null 1/1 10s", "MOVE null 1/1 10s");
            assertThat(lines(only("iso-back-of-head-rubs-neck", DosageLevel.STANDARD)))
                    .containsExactly(
                            "PREPARE null 0/1 5s", "MOVE null 1/1 14s", "MOVE null 1/1 14s", "MOVE null 1/1 12s");
            assertThat(lines(only("iso-crown-stretch", DosageLevel.STANDARD)))
                    .containsExactly(
                            "PREPARE null 0/1 5s", "MOVE null 1/1 12s", "MOVE null 1/1 12s", "MOVE null 1/1 6s");
            assertThat(ofKind(only("iso-crown-stretch", DosageLevel.STANDARD), PhaseKind.MOVE))
                    .extracting(phase -> phase.step() + ":" + phase.cycles())
                    .containsExactly("0:2", "1:2", "2:1");
        }

        @ParameterizedTest
        @EnumSource(DosageLevel.class)
        void countsMovementsTheSameAtEveryLevel(DosageLevel level) {
            assertThat(ofKind(only("iso-back-of-head-rubs-neck", level), PhaseKind.MOVE))
                    .extracting(Phase::durationMs)
                    .containsExactly(14_000L, 14_000L, 12_000L);
        }

        @Test
        void countsMovementsInEveryRepetitionAndRelaxesBetween() {
            Exercise raises = anExercise("shoulder-raises")
                    .withStyle(Style.MOVEMENT)
                    .withHold(0, 0)
                    .withMovements(10, 3)
                    .withRelax(5, 5)
                    .withRepetitions(2, 2)
                    .build();

            assertThat(lines(expandAlone(raises, DosageLevel.GENTLE)))
                    .containsExactly(
                            "PREPARE null 0/2 5s",
                            "MOVE null 1/2 15s",
                            "MOVE null 1/2 15s",
                            "RELAX null 1/2 5s",
                            "MOVE null 2/2 15s",
                            "MOVE null 2/2 15s",
                            "RELAX null 2/2 5s");
        }

        @Test
        void timesAMovementWithoutACountByItsHold() {
            Exercise stroking = anExercise("massage-stroking")
                    .withStyle(Style.MOVEMENT)
                    .withHold(20, 30)
                    .withRelax(0, 0)
                    .withRepetitions(1, 1)
                    .build();

            assertThat(lines(expandAlone(stroking, DosageLevel.GENTLE)))
                    .containsExactly("PREPARE null 0/1 5s", "MOVE null 1/1 10s", "MOVE null 1/1 10s");
        }

        @Test
        void breathesForTheHoldThenRelaxesInABreathingExercise() {
            Exercise breathing = anExercise("breathing-tilt")
                    .withStyle(Style.BREATHING)
                    .withHold(10, 10)
                    .withRelax(5, 5)
                    .withRepetitions(2, 2)
                    .build();

            assertThat(lines(expandAlone(breathing, DosageLevel.STANDARD)))
                    .containsExactly(
                            "PREPARE null 0/2 5s",
                            "BREATHE null 1/2 10s",
                            "RELAX null 1/2 5s",
                            "BREATHE null 2/2 10s",
                            "RELAX null 2/2 5s");
        }

        @Test
        void tensesReleasesAndRelaxesInAProgressiveRelaxationLesson() {
            Exercise hands = anExercise("pmr-hands")
                    .withStyle(Style.RELAXATION)
                    .withHold(5, 5)
                    .withRelax(15, 15)
                    .withRepetitions(1, 1)
                    .build();

            assertThat(lines(expandAlone(hands, DosageLevel.STANDARD)))
                    .containsExactly(
                            "PREPARE null 0/1 5s",
                            "BREATHE null 1/1 2s",
                            "PRESS null 1/1 5s",
                            "RELEASE null 1/1 2s",
                            "RELAX null 1/1 15s");
        }

        @Test
        void startsWithTheFirstRepetitionWhenTheExerciseNeedsNoTimeToPrepare() {
            Exercise quick = anExercise("quick")
                    .withStyle(Style.STRETCH)
                    .withHold(10, 10)
                    .withRelax(0, 0)
                    .withRepetitions(1, 1)
                    .withPrepareSeconds(0)
                    .build();

            assertThat(lines(expandAlone(quick, DosageLevel.STANDARD))).containsExactly("HOLD null 1/1 10s");
        }

        @Test
        void refusesAnExerciseTheCatalogueDoesNotHold() {
            Routine routine = aRoutine("missing").withExercises("not-there").build();

            assertThatThrownBy(() -> expand(routine, DosageLevel.STANDARD))
                    .isInstanceOf(ExerciseNotFoundException.class)
                    .hasMessageContaining("not-there");
        }
    }

    @Nested
    class Structure {
        @Test
        void opensWithPrepareAndRestsBetweenExercisesButNotAfterTheLast() {
            Timeline timeline = expand(SMALL, DosageLevel.STANDARD);
            List<Phase> phases = timeline.phases();

            assertThat(phases.get(0).kind()).isEqualTo(PhaseKind.PREPARE);
            assertThat(phases.get(0).atMs()).isZero();
            assertThat(phases.get(phases.size() - 1).kind()).isNotEqualTo(PhaseKind.REST);
            List<Phase> rests = ofKind(timeline, PhaseKind.REST);
            assertThat(rests).hasSize(2);
            for (Phase rest : rests) {
                int at = phases.indexOf(rest);
                assertThat(phases.get(at - 1).exerciseIndex()).isEqualTo(rest.exerciseIndex() - 1);
                assertThat(phases.get(at + 1).kind()).isEqualTo(PhaseKind.PREPARE);
                assertThat(phases.get(at + 1).exerciseIndex()).isEqualTo(rest.exerciseIndex());
                assertThat(rest.durationMs()).isEqualTo(5_000);
                assertThat(rest.rep()).isZero();
                assertThat(rest.side()).isNull();
            }
            assertThat(rests)
                    .extracting(Phase::exercise)
                    .containsExactly(new ExerciseId("iso-temple-press"), new ExerciseId("iso-chin-rubs-collarbones"));
        }

        @Test
        void opensEveryExerciseWithPrepareOnItsFirstSide() {
            Timeline timeline = expand(SMALL, DosageLevel.GENTLE);

            assertThat(ofKind(timeline, PhaseKind.PREPARE))
                    .extracting(phase -> phase.exerciseIndex() + " " + phase.exercise() + " " + phase.side())
                    .containsExactly(
                            "0 iso-forehead-press null", "1 iso-temple-press LEFT", "2 iso-chin-rubs-collarbones null");
        }

        @Test
        void restsNowhereWhenTheRoutineHasNoRest() {
            Routine routine = aRoutine("no-rest")
                    .withRest(0)
                    .withExercises("iso-forehead-press", "iso-crown-stretch")
                    .build();

            Timeline timeline = expand(routine, DosageLevel.GENTLE);

            assertThat(ofKind(timeline, PhaseKind.REST)).isEmpty();
            // 5 + 3 × 19 = 62 s, then 5 + 30 = 35 s.
            assertThat(timeline.totalMs()).isEqualTo(97_000);
        }

        @Test
        void restsNowhereInAOneExerciseRoutine() {
            assertThat(ofKind(only("iso-temple-press", DosageLevel.FULL), PhaseKind.REST))
                    .isEmpty();
        }

        @Test
        void numbersExercisesInRoutineOrderAndKeepsTheRoutineId() {
            Timeline timeline = expand(SMALL, DosageLevel.STANDARD);

            assertThat(timeline.routine()).isEqualTo(new RoutineId("small"));
            assertThat(timeline.exerciseCount()).isEqualTo(3);
            assertThat(timeline.phases())
                    .extracting(Phase::exerciseIndex)
                    .isSortedAccordingTo(Integer::compare)
                    .containsOnly(0, 1, 2);
        }

        @Test
        void countsAnExercisePlayedTwiceAsTwoExercises() {
            Routine routine = aRoutine("twice")
                    .withExercises("iso-crown-stretch", "iso-crown-stretch")
                    .build();

            Timeline timeline = expand(routine, DosageLevel.STANDARD);

            assertThat(timeline.exerciseCount()).isEqualTo(2);
            assertThat(lines(timeline))
                    .containsExactly(
                            "PREPARE null 0/1 5s",
                            "MOVE null 1/1 12s",
                            "MOVE null 1/1 12s",
                            "MOVE null 1/1 6s",
                            "REST null 0/0 5s",
                            "PREPARE null 0/1 5s",
                            "MOVE null 1/1 12s",
                            "MOVE null 1/1 12s",
                            "MOVE null 1/1 6s");
        }

        @ParameterizedTest
        @EnumSource(DosageLevel.class)
        void laysPhasesEndToEndFromZero(DosageLevel level) {
            Timeline timeline = expand(COMPLEX.getRoutine("isometric-complex"), level);

            long expected = 0;
            for (Phase phase : timeline.phases()) {
                assertThat(phase.atMs()).isEqualTo(expected);
                assertThat(phase.durationMs()).isPositive();
                expected = phase.endMs();
            }
            assertThat(timeline.totalMs()).isEqualTo(expected);
            assertThat(timeline.total()).isEqualTo(Duration.ofMillis(expected));
        }

        @Test
        void returnsPhasesThatCannotBeChanged() {
            Timeline timeline = expand(SMALL, DosageLevel.STANDARD);

            assertThatThrownBy(() -> timeline.phases().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Totals {
        static Stream<Arguments> smallRoutineTotals() {
            // An isometric repetition is 2 + hold + 2 + 10 s: 19 s gentle (hold 5), 20 s standard
            // (hold 6), 21 s full (hold 7), with 3, 4 and 5 repetitions.
            // forehead press = 5 prepare + reps × rep
            // temple press   = 5 prepare + reps × rep (left) + 5 switch + reps × rep (right)
            // chin rubs      = 5 prepare + 10 × 2 s = 25 s; plus two rests of 5 s.
            return Stream.of(
                    // gentle:   (5 + 3×19) + 5 + (5 + 57 + 5 + 57) + 5 + 25 = 62 + 5 + 124 + 5 + 25
                    Arguments.of(DosageLevel.GENTLE, 221_000L),
                    // standard: (5 + 4×20) + 5 + (5 + 80 + 5 + 80) + 5 + 25 = 85 + 5 + 170 + 5 + 25
                    Arguments.of(DosageLevel.STANDARD, 290_000L),
                    // full:     (5 + 5×21) + 5 + (5 + 105 + 5 + 105) + 5 + 25 = 110 + 5 + 220 + 5 + 25
                    Arguments.of(DosageLevel.FULL, 365_000L));
        }

        @ParameterizedTest
        @MethodSource("smallRoutineTotals")
        void addsUpTheSmallRoutineExactly(DosageLevel level, long totalMs) {
            assertThat(expand(SMALL, level).totalMs()).isEqualTo(totalMs);
        }

        static Stream<Arguments> wholeComplexTotals() {
            // Exercises 1, 2, 4, 5 unsided; 3 and 6 sided; 7, 8, 9 moves of 20, 40 and 30 s each
            // with 5 s to prepare (25 + 45 + 35 = 105 s); eight rests of 5 s (40 s).
            return Stream.of(
                    // gentle:   4 × 62 + 2 × 124 + 105 + 40 = 248 + 248 + 145 = 641 s
                    Arguments.of(DosageLevel.GENTLE, 641_000L),
                    // standard: 4 × 85 + 2 × 170 + 105 + 40 = 340 + 340 + 145 = 825 s
                    Arguments.of(DosageLevel.STANDARD, 825_000L),
                    // full:     4 × 110 + 2 × 220 + 105 + 40 = 440 + 440 + 145 = 1025 s
                    Arguments.of(DosageLevel.FULL, 1_025_000L));
        }

        @ParameterizedTest
        @MethodSource("wholeComplexTotals")
        void addsUpTheWholeIsometricComplexExactly(DosageLevel level, long totalMs) {
            assertThat(expand(COMPLEX.getRoutine("isometric-complex"), level).totalMs())
                    .isEqualTo(totalMs);
        }

        @Test
        void addsUpDeskBExactly() {
            // Slow turn at standard (5 + 80 + 5 + 80 = 170) + 5 + 25 + 5 + 45 + 5 + 35 = 290 s.
            assertThat(expand(COMPLEX.getRoutine("desk-b"), DosageLevel.STANDARD)
                            .totalMs())
                    .isEqualTo(290_000);
        }

        @Test
        void addsUpTheRepetitionsOverride() {
            // Temple press at exactly 2 per side, full hold 7 s: 5 + 2×21 + 5 + 2×21 = 94 s.
            Routine routine =
                    aRoutine("override").withItem("iso-temple-press", 2, 2).build();

            assertThat(expand(routine, DosageLevel.FULL).totalMs()).isEqualTo(94_000);
        }
    }

    @Nested
    class Cues {
        @Test
        void fillsTheSideIntoTheExercisesCues() {
            Timeline timeline = only("iso-temple-press", DosageLevel.GENTLE);

            assertThat(timeline.phases().get(0).cue()).isEqualTo("left palm on your left temple");
            assertThat(ofKind(timeline, PhaseKind.SWITCH_SIDE))
                    .extracting(Phase::cue)
                    .containsExactly("Switch to the right hand");
        }

        @Test
        void turnsTowardsTheSideOfEachRepetition() {
            Timeline timeline = only("iso-slow-turn-with-gaze", DosageLevel.GENTLE);

            assertThat(ofKind(timeline, PhaseKind.PRESS))
                    .extracting(Phase::cue)
                    .containsExactly(
                            "Turn left slowly, eyes lead the way",
                            "Turn left slowly, eyes lead the way",
                            "Turn left slowly, eyes lead the way",
                            "Turn right slowly, eyes lead the way",
                            "Turn right slowly, eyes lead the way",
                            "Turn right slowly, eyes lead the way");
        }

        @Test
        void fallsBackToPlainCuesWhenTheExerciseHasNone() {
            Exercise plain = anExercise("plain").sided().withRepetitions(1, 1).build();
            Exercise next = anExercise("next").withRepetitions(1, 1).build();
            Routine routine = aRoutine("plain").withExercises(plain, next).build();

            Timeline timeline = Timeline.expand(
                    routine, Catalogue.of(List.of(plain, next), List.of(routine)), DosageLevel.STANDARD);

            assertThat(timeline.phases())
                    .extracting(phase -> phase.kind() + ": " + phase.cue())
                    .containsSubsequence(
                            "PREPARE: Get into position",
                            "BREATHE: Breathe in slowly",
                            "PRESS: Keep going slowly",
                            "RELEASE: Ease off slowly",
                            "RELAX: Let go and breathe calmly",
                            "SWITCH_SIDE: Now the right side",
                            "REST: Rest. Next exercise coming");
        }

        @Test
        void dropsTheSidePlaceholderWhenTheExerciseHasNoSide() {
            Exercise unsided = anExercise("unsided")
                    .withCue(PhaseKind.PRESS, "Press {side} gently")
                    .withRepetitions(1, 1)
                    .build();

            assertThat(ofKind(expandAlone(unsided, DosageLevel.STANDARD), PhaseKind.PRESS))
                    .extracting(Phase::cue)
                    .containsExactly("Press gently");
        }

        @ParameterizedTest
        @EnumSource(DosageLevel.class)
        void keepsEveryCueOfTheComplexShortAndFilledIn(DosageLevel level) {
            Timeline timeline = expand(COMPLEX.getRoutine("isometric-complex"), level);

            assertThat(timeline.phases()).allSatisfy(phase -> {
                assertThat(Exercise.wordCount(phase.cue())).isBetween(1, Exercise.MAX_CUE_WORDS);
                assertThat(phase.cue()).doesNotContain("{").doesNotContain("}");
            });
        }
    }

    @Nested
    class Lookup {
        // SMALL at gentle: forehead press 0-62 s (PREPARE 0-5 s, BREATHE 5-7 s, PRESS 7-12 s,
        // RELEASE 12-14 s, RELAX 14-24 s, ...), REST 62-67 s, temple press 67-191 s, REST
        // 191-196 s, chin rubs 196-221 s (PREPARE 196-201 s, MOVE 201-221 s).
        private final Timeline timeline = expand(SMALL, DosageLevel.GENTLE);
        private final int size = timeline.phases().size();

        @Test
        void findsTheFirstPhaseAtZero() {
            assertThat(timeline.indexAt(0)).isZero();
            TimelineState state = timeline.stateAt(Duration.ZERO);
            assertThat(state.index()).isZero();
            assertThat(state.phase()).isEqualTo(timeline.phases().get(0));
            assertThat(state.remainingMs()).isEqualTo(5_000);
            assertThat(state.isFinished()).isFalse();
        }

        @Test
        void movesToTheNextPhaseExactlyAtItsStart() {
            assertThat(timeline.indexAt(4_999)).isZero();
            assertThat(timeline.indexAt(5_000)).isEqualTo(1);
            assertThat(timeline.indexAt(6_999)).isEqualTo(1);
            assertThat(timeline.indexAt(7_000)).isEqualTo(2);

            TimelineState state = timeline.stateAt(Duration.ofMillis(7_000));
            assertThat(state.phase().kind()).isEqualTo(PhaseKind.PRESS);
            assertThat(state.phase().rep()).isEqualTo(1);
            assertThat(state.remainingMs()).isEqualTo(5_000);
        }

        @Test
        void countsDownTheRemainingTimeInsideAPhase() {
            TimelineState state = timeline.stateAt(Duration.ofMillis(9_250));

            assertThat(state.phase().kind()).isEqualTo(PhaseKind.PRESS);
            assertThat(state.remainingMs()).isEqualTo(2_750);
        }

        @Test
        void findsTheRestAndTheSideOfAPhaseLaterOn() {
            TimelineState rest = timeline.stateAt(Duration.ofSeconds(62));
            assertThat(rest.phase().kind()).isEqualTo(PhaseKind.REST);
            assertThat(rest.phase().exerciseIndex()).isEqualTo(1);
            assertThat(rest.remainingMs()).isEqualTo(5_000);

            // Temple press: PREPARE 67-72 s, three left reps of 19 s to 129 s, SWITCH_SIDE 129-134 s.
            TimelineState switchSide = timeline.stateAt(Duration.ofSeconds(130));
            assertThat(switchSide.phase().kind()).isEqualTo(PhaseKind.SWITCH_SIDE);
            assertThat(switchSide.phase().side()).isEqualTo(Side.RIGHT);
            assertThat(switchSide.remainingMs()).isEqualTo(4_000);
        }

        @Test
        void findsTheLastPhaseAtTheLastMillisecond() {
            assertThat(timeline.indexAt(220_999)).isEqualTo(size - 1);
            TimelineState state = timeline.stateAt(Duration.ofMillis(220_999));
            assertThat(state.phase().kind()).isEqualTo(PhaseKind.MOVE);
            assertThat(state.remainingMs()).isEqualTo(1);
            assertThat(state.isFinished()).isFalse();
        }

        @Test
        void isFinishedAtTheTotalAndBeyond() {
            for (long at : new long[] {221_000, 221_001, 10_000_000}) {
                assertThat(timeline.indexAt(at)).isEqualTo(size);
                TimelineState state = timeline.stateAt(Duration.ofMillis(at));
                assertThat(state.isFinished()).isTrue();
                assertThat(state.phase()).isNull();
                assertThat(state.index()).isEqualTo(size);
                assertThat(state.remainingMs()).isZero();
            }
        }

        @Test
        void treatsTimeBeforeTheStartAsTheStart() {
            assertThat(timeline.indexAt(-1)).isZero();
            TimelineState state = timeline.stateAt(Duration.ofMillis(-500));
            assertThat(state.index()).isZero();
            assertThat(state.remainingMs()).isEqualTo(5_000);
        }

        @Test
        void startsAndEndsEachExerciseOutsideTheRests() {
            assertThat(timeline.exerciseStartMs(0)).isZero();
            assertThat(timeline.exerciseEndMs(0)).isEqualTo(62_000);
            assertThat(timeline.exerciseStartMs(1)).isEqualTo(67_000);
            assertThat(timeline.exerciseEndMs(1)).isEqualTo(191_000);
            assertThat(timeline.exerciseStartMs(2)).isEqualTo(196_000);
            assertThat(timeline.exerciseEndMs(2)).isEqualTo(221_000);
        }

        @Test
        void skipsFromInsideAnExercisePastTheRestToTheNextExercise() {
            int press = indexOfFirst(timeline, PhaseKind.PRESS, 0);
            assertThat(timeline.skipTargetMs(0)).isEqualTo(67_000);
            assertThat(timeline.skipTargetMs(press)).isEqualTo(67_000);
            int lastOfFirst = timeline.indexAt(61_999);
            assertThat(timeline.skipTargetMs(lastOfFirst)).isEqualTo(67_000);
            assertThat(timeline.skipTargetMs(indexOfFirst(timeline, PhaseKind.SWITCH_SIDE, 1)))
                    .isEqualTo(196_000);
        }

        @Test
        void skipsFromARestToTheStartOfTheExerciseItLeadsInto() {
            assertThat(timeline.skipTargetMs(indexOfFirst(timeline, PhaseKind.REST, 1)))
                    .isEqualTo(67_000);
            assertThat(timeline.skipTargetMs(indexOfFirst(timeline, PhaseKind.REST, 2)))
                    .isEqualTo(196_000);
        }

        @Test
        void skipsFromTheLastExerciseToTheEnd() {
            assertThat(timeline.skipTargetMs(indexOfFirst(timeline, PhaseKind.PREPARE, 2)))
                    .isEqualTo(221_000);
            assertThat(timeline.skipTargetMs(size - 1)).isEqualTo(221_000);
            assertThat(timeline.skipTargetMs(size)).isEqualTo(221_000);
        }

        @Test
        void skipsToTheNextExerciseWhenThereIsNoRest() {
            Routine routine = aRoutine("no-rest")
                    .withRest(0)
                    .withExercises("iso-forehead-press", "iso-crown-stretch")
                    .build();
            Timeline noRest = expand(routine, DosageLevel.GENTLE);

            assertThat(noRest.skipTargetMs(indexOfFirst(noRest, PhaseKind.PRESS, 0)))
                    .isEqualTo(62_000);
            assertThat(noRest.exerciseStartMs(1)).isEqualTo(62_000);
            assertThat(noRest.exerciseEndMs(0)).isEqualTo(62_000);
        }
    }
}
