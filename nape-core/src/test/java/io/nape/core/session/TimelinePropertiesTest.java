package io.nape.core.session;

import static io.nape.core.catalogue.CatalogueFixtures.aRoutine;
import static io.nape.core.catalogue.CatalogueFixtures.anExercise;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.CatalogueFixtures.ExerciseBuilder;
import io.nape.core.catalogue.CatalogueFixtures.RoutineBuilder;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check the timeline's invariants over seeded random routines (a failing seed reproduces): random
 * styles, ranges, sides, counted movements, cues with the side placeholder, routine overrides and
 * rests, at every level.
 */
class TimelinePropertiesTest {
    private static final Style[] TIMED_STYLES = {
        Style.ISOMETRIC, Style.STRETCH, Style.MOVEMENT, Style.BREATHING, Style.RELAXATION
    };

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** One random routine and the catalogue holding its exercises. */
    record Case(Routine routine, Catalogue catalogue) {
        static Case of(long seed) {
            Random random = new Random(seed);
            int count = 1 + random.nextInt(6);
            List<Exercise> exercises = new ArrayList<>();
            RoutineBuilder routine =
                    aRoutine("random-" + seed).withRest(random.nextInt(3) == 0 ? 0 : random.nextInt(11));
            for (int index = 0; index < count; index++) {
                Exercise exercise = randomExercise(random, "ex-" + index);
                exercises.add(exercise);
                if (random.nextInt(4) == 0) {
                    int min = 1 + random.nextInt(4);
                    routine.withItem(exercise.id().value(), min, min + random.nextInt(4));
                } else {
                    routine.withExercises(exercise);
                }
            }
            // Sometimes play one exercise a second time.
            if (random.nextInt(5) == 0) {
                routine.withExercises(exercises.get(random.nextInt(count)));
            }
            Routine built = routine.build();
            return new Case(built, Catalogue.of(exercises, List.of(built)));
        }

        private static Exercise randomExercise(Random random, String id) {
            Style style = TIMED_STYLES[random.nextInt(TIMED_STYLES.length)];
            int holdMin = 1 + random.nextInt(30);
            int relaxMin = random.nextInt(3) == 0 ? 0 : random.nextInt(16);
            int repsMin = 1 + random.nextInt(5);
            ExerciseBuilder builder = anExercise(id)
                    .withStyle(style)
                    .withHold(holdMin, holdMin + random.nextInt(11))
                    .withRelax(relaxMin, relaxMin + random.nextInt(6))
                    .withRepetitions(repsMin, repsMin + random.nextInt(4))
                    .withPrepareSeconds(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(10));
            if (random.nextBoolean()) {
                builder.sided();
            }
            if (style == Style.MOVEMENT && random.nextBoolean()) {
                builder.withHold(0, 0).withMovements(1 + random.nextInt(20), 1 + random.nextInt(6));
            }
            if (random.nextBoolean()) {
                builder.withCue(PhaseKind.PREPARE, "Ready on the {side} side");
            }
            if (random.nextBoolean()) {
                builder.withCue(PhaseKind.SWITCH_SIDE, "Over to the {side} now");
            }
            if (random.nextBoolean()) {
                builder.withCue(effortKind(style), "Work {side} slowly and keep breathing out");
            }
            return builder.build();
        }

        Timeline expand(DosageLevel level) {
            return Timeline.expand(routine, catalogue, level);
        }

        Dosage dosageAt(int index) {
            RoutineItem item = routine.items().get(index);
            return item.dosageOf(catalogue.getExercise(item.exercise()));
        }

        Exercise exerciseAt(int index) {
            return catalogue.getExercise(routine.items().get(index).exercise());
        }
    }

    private static PhaseKind effortKind(Style style) {
        switch (style) {
            case ISOMETRIC:
            case RELAXATION:
                return PhaseKind.PRESS;
            case STRETCH:
                return PhaseKind.HOLD;
            case MOVEMENT:
                return PhaseKind.MOVE;
            default:
                return PhaseKind.BREATHE;
        }
    }

    private static int sideCount(Dosage dosage) {
        return Math.max(1, dosage.sides().order().size());
    }

    /** The length of the routine worked out from the dosages alone, without the engine. */
    private static long modelTotalMs(Case given, DosageLevel level) {
        long seconds = 0;
        for (int index = 0; index < given.routine().items().size(); index++) {
            Exercise exercise = given.exerciseAt(index);
            Dosage dosage = given.dosageAt(index);
            int rep = dosage.effortSeconds(level) + dosage.relax().at(level);
            if (exercise.style() == Style.ISOMETRIC || exercise.style() == Style.RELAXATION) {
                rep += TimelineExpander.INHALE_SECONDS + TimelineExpander.RELEASE_SECONDS;
            }
            int sides = sideCount(dosage);
            seconds += exercise.prepareSeconds()
                    + (long) sides * dosage.repetitions().at(level) * rep
                    + (long) (sides - 1) * TimelineExpander.SWITCH_SIDE_SECONDS;
            if (index > 0) {
                seconds += given.routine().restSeconds();
            }
        }
        return seconds * 1000;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void laysPhasesEndToEndFromZeroToTheTotal(long seed) {
        Case given = Case.of(seed);
        for (DosageLevel level : DosageLevel.values()) {
            Timeline timeline = given.expand(level);
            List<Phase> phases = timeline.phases();

            assertThat(phases).isNotEmpty();
            assertThat(phases.get(0).atMs()).isZero();
            long sum = 0;
            for (int index = 0; index < phases.size(); index++) {
                Phase phase = phases.get(index);
                assertThat(phase.durationMs()).as("duration of phase %d", index).isPositive();
                if (index > 0) {
                    assertThat(phase.atMs())
                            .as("start of phase %d", index)
                            .isEqualTo(phases.get(index - 1).atMs()
                                    + phases.get(index - 1).durationMs());
                }
                sum += phase.durationMs();
            }
            assertThat(sum).isEqualTo(timeline.totalMs());
            assertThat(phases.get(phases.size() - 1).endMs()).isEqualTo(timeline.totalMs());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addsUpToTheTotalTheDosagesGive(long seed) {
        Case given = Case.of(seed);
        for (DosageLevel level : DosageLevel.values()) {
            assertThat(given.expand(level).totalMs()).as("%s", level).isEqualTo(modelTotalMs(given, level));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void growsFromGentleToStandardToFull(long seed) {
        Case given = Case.of(seed);

        long gentle = given.expand(DosageLevel.GENTLE).totalMs();
        long standard = given.expand(DosageLevel.STANDARD).totalMs();
        long full = given.expand(DosageLevel.FULL).totalMs();

        assertThat(gentle).isLessThanOrEqualTo(standard);
        assertThat(standard).isLessThanOrEqualTo(full);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void doesEachEffortRepsTimesOnEverySide(long seed) {
        Case given = Case.of(seed);
        for (DosageLevel level : DosageLevel.values()) {
            Timeline timeline = given.expand(level);
            for (int index = 0; index < given.routine().items().size(); index++) {
                int exerciseIndex = index;
                Dosage dosage = given.dosageAt(index);
                Style style = given.exerciseAt(index).style();
                int reps = dosage.repetitions().at(level);
                List<Phase> own = timeline.phases().stream()
                        .filter(phase -> phase.exerciseIndex() == exerciseIndex)
                        .toList();
                List<Phase> allEfforts = own.stream()
                        .filter(phase -> phase.kind() == effortKind(style))
                        .filter(phase -> phase.rep() > 0)
                        .toList();
                List<Phase> efforts =
                        allEfforts.stream().filter(phase -> phase.step() == 0).toList();
                long pressesAndHolds = own.stream()
                        .filter(phase -> phase.kind() == PhaseKind.PRESS || phase.kind() == PhaseKind.HOLD)
                        .count();
                boolean pressesOrHolds = effortKind(style) == PhaseKind.PRESS || effortKind(style) == PhaseKind.HOLD;

                assertThat(efforts)
                        .as("efforts of exercise %d at %s", index, level)
                        .hasSize(reps * sideCount(dosage));
                assertThat(pressesAndHolds).isEqualTo(pressesOrHolds ? (long) reps * sideCount(dosage) : 0);
                assertThat(efforts).allSatisfy(first -> assertThat(allEfforts.stream()
                                .filter(phase -> phase.rep() == first.rep() && phase.side() == first.side())
                                .mapToLong(Phase::durationMs)
                                .sum())
                        .as("the steps of one effort together")
                        .isEqualTo(dosage.effortSeconds(level) * 1000L));
                assertThat(allEfforts)
                        .as("a moving cue lasts at most %d s", Exercise.MAX_MOVING_CUE_SECONDS)
                        .allSatisfy(phase -> assertThat(phase.durationMs())
                                .isLessThanOrEqualTo(
                                        style == Style.MOVEMENT
                                                ? Exercise.MAX_MOVING_CUE_SECONDS * 1000L
                                                : Long.MAX_VALUE));
                List<@Nullable Side> expectedSides = new ArrayList<>();
                List<Integer> expectedReps = new ArrayList<>();
                for (Side side : dosage.sides().order().isEmpty()
                        ? sidesOf(null)
                        : dosage.sides().order()) {
                    for (int rep = 1; rep <= reps; rep++) {
                        expectedSides.add(side);
                        expectedReps.add(rep);
                    }
                }
                assertThat(efforts).extracting(Phase::side).containsExactlyElementsOf(expectedSides);
                assertThat(efforts).extracting(Phase::rep).containsExactlyElementsOf(expectedReps);
                assertThat(own).allSatisfy(phase -> assertThat(phase.reps())
                        .isEqualTo(phase.kind() == PhaseKind.REST ? 0 : reps));
                assertThat(own.stream().filter(phase -> phase.kind() == PhaseKind.SWITCH_SIDE))
                        .hasSize(sideCount(dosage) - 1);
            }
        }
    }

    private static List<@Nullable Side> sidesOf(@Nullable Side side) {
        List<@Nullable Side> sides = new ArrayList<>();
        sides.add(side);
        return sides;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void opensWithPrepareOrTheFirstRepetitionAndRestsOnlyBetweenExercises(long seed) {
        Case given = Case.of(seed);
        Timeline timeline = given.expand(DosageLevel.STANDARD);
        List<Phase> phases = timeline.phases();
        int count = given.routine().items().size();

        Phase first = phases.get(0);
        assertThat(first.exerciseIndex()).isZero();
        assertThat(first.kind()).isNotEqualTo(PhaseKind.REST);
        if (given.exerciseAt(0).prepareSeconds() > 0) {
            assertThat(first.kind()).isEqualTo(PhaseKind.PREPARE);
        } else {
            assertThat(first.rep()).isEqualTo(1);
        }
        assertThat(phases.get(phases.size() - 1).kind()).isNotEqualTo(PhaseKind.REST);
        assertThat(phases.get(phases.size() - 1).exerciseIndex()).isEqualTo(count - 1);
        List<Phase> rests =
                phases.stream().filter(phase -> phase.kind() == PhaseKind.REST).toList();
        assertThat(rests).hasSize(given.routine().restSeconds() > 0 ? count - 1 : 0);
        assertThat(rests)
                .extracting(Phase::exerciseIndex)
                .doesNotHaveDuplicates()
                .doesNotContain(0);
        assertThat(phases).extracting(Phase::exerciseIndex).isSortedAccordingTo(Integer::compare);
        assertThat(timeline.exerciseCount()).isEqualTo(count);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givesSidesOnlyToSidedExercisesAndShortFilledInCues(long seed) {
        Case given = Case.of(seed);
        Timeline timeline = given.expand(DosageLevel.FULL);

        assertThat(timeline.phases()).allSatisfy(phase -> {
            boolean sided =
                    given.dosageAt(phase.exerciseIndex()).sides().order().size() == 2;
            if (phase.kind() == PhaseKind.REST || !sided) {
                assertThat(phase.side()).isNull();
            } else {
                assertThat(phase.side()).isNotNull();
            }
            assertThat(Exercise.wordCount(phase.cue())).isBetween(1, Exercise.MAX_CUE_WORDS);
            assertThat(phase.cue()).doesNotContain("{side}");
            if (phase.side() != null && phase.cue().startsWith("Work ")) {
                assertThat(phase.cue()).contains(phase.side().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsThePhaseContainingAnyMoment(long seed) {
        Case given = Case.of(seed);
        Random random = new Random(seed * 31 + 7);
        for (DosageLevel level : DosageLevel.values()) {
            Timeline timeline = given.expand(level);
            List<Phase> phases = timeline.phases();
            for (int sample = 0; sample < 50; sample++) {
                long at = (long) (random.nextDouble() * timeline.totalMs());
                TimelineState state = timeline.stateAt(Duration.ofMillis(at));

                assertThat(state.isFinished()).isFalse();
                Phase phase = phases.get(state.index());
                assertThat(state.phase()).isEqualTo(phase);
                assertThat(phase.atMs()).isLessThanOrEqualTo(at);
                assertThat(phase.endMs()).isGreaterThan(at);
                assertThat(state.remainingMs()).isEqualTo(phase.endMs() - at);
                assertThat(timeline.indexAt(at)).isEqualTo(state.index());
            }
            for (int index = 0; index < phases.size(); index++) {
                assertThat(timeline.indexAt(phases.get(index).atMs())).isEqualTo(index);
                assertThat(timeline.indexAt(phases.get(index).endMs() - 1)).isEqualTo(index);
            }
            assertThat(timeline.stateAt(timeline.total()).isFinished()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void skipsAlwaysForwardToTheStartOfAnExerciseOrTheEnd(long seed) {
        Case given = Case.of(seed);
        Timeline timeline = given.expand(DosageLevel.STANDARD);
        List<Phase> phases = timeline.phases();
        int count = timeline.exerciseCount();
        List<Long> starts = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            starts.add(timeline.exerciseStartMs(index));
            assertThat(timeline.exerciseEndMs(index)).isGreaterThan(timeline.exerciseStartMs(index));
            if (index > 0) {
                assertThat(timeline.exerciseStartMs(index)).isGreaterThanOrEqualTo(timeline.exerciseEndMs(index - 1));
            }
        }
        assertThat(timeline.exerciseEndMs(count - 1)).isEqualTo(timeline.totalMs());

        for (int index = 0; index < phases.size(); index++) {
            Phase phase = phases.get(index);
            long target = timeline.skipTargetMs(index);
            assertThat(target).isGreaterThan(phase.atMs());
            int next = phase.kind() == PhaseKind.REST ? phase.exerciseIndex() : phase.exerciseIndex() + 1;
            assertThat(target).isEqualTo(next < count ? starts.get(next) : timeline.totalMs());
        }
    }
}
