package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.CatalogueFixtures;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.Side;
import io.nape.core.session.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Micro-breaks cut from the isometric complex: short enough, whole in their figures, covering it all. */
class DeskBreaksTest {
    private static final Catalogue COMPLEX = CatalogueFixtures.isometricComplex();
    private static final Routine WHOLE = COMPLEX.getRoutine("isometric-complex");

    static IntStream minutes() {
        return IntStream.rangeClosed(DeskBreaks.MIN_MINUTES, DeskBreaks.MAX_MINUTES);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @Test
    void twoMinutesAtStandardHoldOneSideOfATempleOrTurnPerBreak() {
        DeskBreaks breaks = DeskBreaks.of(COMPLEX, WHOLE, DosageLevel.STANDARD, 2);

        assertThat(breaks.cycle())
                .extracting(DeskBreak::numbers)
                .containsExactly(
                        List.of(1),
                        List.of(2),
                        List.of(3),
                        List.of(4),
                        List.of(5),
                        List.of(6, 7),
                        List.of(8, 9),
                        List.of(3),
                        List.of(6));
        assertThat(breaks.cycle().get(2).pieces().get(0).side()).isEqualTo(Side.LEFT);
        assertThat(breaks.cycle().get(7).pieces().get(0).side()).isEqualTo(Side.RIGHT);
        assertThat(breaks.cycle().get(0).length()).isEqualTo(Duration.ofSeconds(85));
        assertThat(breaks.cycle().get(6).length()).isEqualTo(Duration.ofSeconds(45 + 5 + 35));
        assertThat(breaks.unfit()).isEmpty();
    }

    @Test
    void fourMinutesKeepBothSidesOfASidedExerciseTogether() {
        DeskBreaks breaks = DeskBreaks.of(COMPLEX, WHOLE, DosageLevel.FULL, 4);

        assertThat(breaks.cycle())
                .extracting(DeskBreak::numbers)
                .containsExactly(List.of(1, 2), List.of(3), List.of(4, 5), List.of(6), List.of(7, 8, 9));
        assertThat(breaks.cycle().get(1).pieces().get(0).bothSides()).isTrue();
        assertThat(breaks.cycle().get(1).length()).isEqualTo(Duration.ofSeconds(220));
    }

    @ParameterizedTest
    @EnumSource(DosageLevel.class)
    void oneMinuteIsTooShortForEveryPressAndSaysSo(DosageLevel level) {
        DeskBreaks breaks = DeskBreaks.of(COMPLEX, WHOLE, level, 1);

        assertThat(breaks.unfit()).extracting(BreakPiece::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(breaks.cycle()).extracting(DeskBreak::numbers).containsExactly(List.of(7), List.of(8), List.of(9));
    }

    @Test
    void refusesALengthOutsideOneToFiveMinutes() {
        assertThatThrownBy(() -> DeskBreaks.of(COMPLEX, WHOLE, DosageLevel.STANDARD, 6))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"microBreakMinutes\" must be from 1 to 5 minutes, was 6.");
    }

    @ParameterizedTest
    @MethodSource("minutes")
    void neighbouringBreaksOfTheComplexNeverShareAnExerciseAtAnyLevel(int minutes) {
        for (DosageLevel level : DosageLevel.values()) {
            List<DeskBreak> cycle =
                    DeskBreaks.of(COMPLEX, WHOLE, level, minutes).cycle();
            assertNoNeighboursShare(cycle);
        }
    }

    /** Random complexes: other holds, relaxations, repetitions, sides and lengths of position. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyBreakFitsKeepsItsFiguresAndTheCycleCoversTheComplex(long seed) {
        Random random = new Random(seed);
        Catalogue catalogue = randomComplex(random);
        Routine routine = catalogue.getRoutine("random-complex");
        DosageLevel level = DosageLevel.values()[random.nextInt(3)];
        int minutes = 1 + random.nextInt(5);

        DeskBreaks breaks = DeskBreaks.of(catalogue, routine, level, minutes);

        Set<String> covered = new HashSet<>();
        for (DeskBreak deskBreak : breaks.cycle()) {
            assertThat(deskBreak.length()).isLessThanOrEqualTo(Duration.ofMinutes(minutes));
            Duration sum = Duration.ofSeconds(
                    (long) DeskBreaks.REST_SECONDS * (deskBreak.pieces().size() - 1));
            for (BreakPiece piece : deskBreak.pieces()) {
                sum = sum.plus(piece.length());
                if (piece.side() == null) {
                    assertThat(piece.length()).isEqualTo(timelineLength(catalogue, piece.exercise(), level));
                    covered.add(piece.exercise().value());
                } else {
                    covered.add(piece.exercise().value() + "@" + piece.side());
                }
            }
            assertThat(deskBreak.length()).isEqualTo(sum);
        }
        for (BreakPiece left : breaks.unfit()) {
            assertThat(left.length()).isGreaterThan(Duration.ofMinutes(minutes));
            covered.add(left.exercise().value());
        }
        for (var item : routine.items()) {
            Exercise exercise = catalogue.getExercise(item.exercise());
            String id = exercise.id().value();
            boolean whole = covered.contains(id);
            boolean bothSides = covered.contains(id + "@LEFT") && covered.contains(id + "@RIGHT");
            assertThat(whole || bothSides).as("exercise %s is covered", id).isTrue();
        }
        // In a cycle of three breaks or fewer every two are neighbours, so a split exercise's sides must be.
        if (breaks.cycle().size() >= 4) {
            assertNoNeighboursShare(breaks.cycle());
        }
    }

    private static void assertNoNeighboursShare(List<DeskBreak> cycle) {
        if (cycle.size() < 2) {
            return;
        }
        for (int index = 0; index < cycle.size(); index++) {
            Set<ExerciseId> here = new HashSet<>(cycle.get(index).exercises());
            here.retainAll(cycle.get((index + 1) % cycle.size()).exercises());
            assertThat(here)
                    .as("breaks %d and %d share", index, (index + 1) % cycle.size())
                    .isEmpty();
        }
    }

    private static Duration timelineLength(Catalogue catalogue, ExerciseId exercise, DosageLevel level) {
        Routine alone = CatalogueFixtures.aRoutine("alone")
                .withExercises(exercise.value())
                .build();
        return Timeline.expand(alone, catalogue, level).total();
    }

    private static Catalogue randomComplex(Random random) {
        List<Exercise> exercises = new ArrayList<>();
        int count = 3 + random.nextInt(10);
        for (int number = 1; number <= count; number++) {
            var builder = CatalogueFixtures.anExercise("random-" + number)
                    .withNumber(number)
                    .withPrepareSeconds(random.nextInt(11));
            int hold = 1 + random.nextInt(10);
            builder.withHold(hold, hold + random.nextInt(5));
            builder.withRelax(0, random.nextInt(16));
            int repetitions = 1 + random.nextInt(5);
            builder.withRepetitions(repetitions, repetitions + random.nextInt(4));
            if (random.nextInt(3) == 0) {
                builder.sided();
            }
            exercises.add(builder.build());
        }
        String[] ids = exercises.stream().map(exercise -> exercise.id().value()).toArray(String[]::new);
        Routine routine = CatalogueFixtures.aRoutine("random-complex")
                .withRest(5)
                .withExercises(ids)
                .build();
        return Catalogue.of(exercises, List.of(routine));
    }
}
