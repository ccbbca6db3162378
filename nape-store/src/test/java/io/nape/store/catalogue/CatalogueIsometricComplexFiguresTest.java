package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Breathing;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Sides;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The isometric complex carries the source's figures: 5-7 s presses, 10 s rests, 3-5 times. */
class CatalogueIsometricComplexFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static final List<String> PRESSES = List.of(
            "iso-forehead-press",
            "iso-back-of-head-press",
            "iso-temple-press",
            "iso-head-back-against-palms",
            "iso-forward-bend-yielding",
            "iso-slow-turn-with-gaze");

    private static Exercise exercise(String id) {
        return CATALOGUE.findExercise(id).orElseThrow();
    }

    @Test
    void theComplexHasNineExercisesNumberedAsInTheSource() {
        List<Integer> numbers = CATALOGUE.getRoutine("isometric-complex").items().stream()
                .map(item -> CATALOGUE.getExercise(item.exercise()).number())
                .toList();

        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(CATALOGUE.getRoutine("isometric-complex").part()).isEqualTo(Part.ISOMETRIC_COMPLEX);
    }

    @Test
    void isometricPressesHoldFiveToSevenSeconds() {
        assertThat(PRESSES)
                .allSatisfy(
                        id -> assertThat(exercise(id).dosage().hold()).as(id).isEqualTo(new IntRange(5, 7)));
    }

    @Test
    void isometricPressesRelaxTenSeconds() {
        assertThat(PRESSES)
                .allSatisfy(
                        id -> assertThat(exercise(id).dosage().relax()).as(id).isEqualTo(IntRange.exactly(10)));
    }

    @Test
    void isometricPressesRepeatThreeToFiveTimes() {
        assertThat(PRESSES)
                .allSatisfy(id ->
                        assertThat(exercise(id).dosage().repetitions()).as(id).isEqualTo(new IntRange(3, 5)));
    }

    @Test
    void templePressAndSlowTurnAreDoneOnBothSidesAndTheOthersOnce() {
        Map<String, Sides> sides = PRESSES.stream()
                .collect(Collectors.toMap(id -> id, id -> exercise(id).dosage().sides()));

        assertThat(sides)
                .containsEntry("iso-temple-press", Sides.BOTH)
                .containsEntry("iso-slow-turn-with-gaze", Sides.BOTH)
                .containsEntry("iso-forehead-press", Sides.NONE)
                .containsEntry("iso-back-of-head-press", Sides.NONE)
                .containsEntry("iso-head-back-against-palms", Sides.NONE)
                .containsEntry("iso-forward-bend-yielding", Sides.NONE);
    }

    @Test
    void chinRubsTheCollarbonesTenTimes() {
        assertThat(exercise("iso-chin-rubs-collarbones").dosage().movements()).isEqualTo(10);
    }

    @Test
    void backOfTheHeadRubsTheNeckTwentyTimes() {
        assertThat(exercise("iso-back-of-head-rubs-neck").dosage().movements()).isEqualTo(20);
    }

    @Test
    void crownStretchIsDoneFiveTimes() {
        assertThat(exercise("iso-crown-stretch").dosage().movements()).isEqualTo(5);
    }

    @Test
    void pressesNeverAskToHoldTheBreathButKeepTheSourcesVariantInANote() {
        assertThat(PRESSES).allSatisfy(id -> {
            assertThat(exercise(id).dosage().breathing()).isEqualTo(Breathing.STEADY_OUT_ON_EFFORT);
            assertThat(exercise(id).notes()).anySatisfy(note -> assertThat(note).contains("hold the breath"));
        });
    }

    /*
     * Expected presses, from the figures: exercises 1, 2, 4 and 5 press once per repetition, 3 and
     * 6 once per repetition on each side, so a repetition of the complex is 4 + 2 * 2 = 8 presses.
     * Repetitions are 3-5: gentle 3, standard (3 + 5) / 2 = 4, full 5.
     * Desk group A is exercises 1-5 (3 sided): 4 + 2 = 6 per repetition.
     * Desk group B is exercises 6-9 (6 sided, 7-9 counted movements): 2 per repetition.
     */
    @ParameterizedTest
    @CsvSource({
        "isometric-complex, gentle, 24",
        "isometric-complex, standard, 32",
        "isometric-complex, full, 40",
        "desk-a, gentle, 18",
        "desk-a, standard, 24",
        "desk-a, full, 30",
        "desk-b, gentle, 6",
        "desk-b, standard, 8",
        "desk-b, full, 10"
    })
    void timelineHasOnePressPerRepetitionAndSide(String routine, String level, int expectedPresses) {
        Timeline timeline = timeline(routine, level);

        assertThat(timeline.phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.PRESS)
                .hasSize(expectedPresses);
    }

    @ParameterizedTest
    @CsvSource({"gentle, 3", "standard, 4", "full, 5"})
    void eachSideOfTheTemplePressGetsTheLevelsRepetitions(String level, int repetitions) {
        List<Phase> presses = timeline("isometric-complex", level).phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.PRESS)
                .filter(phase -> phase.exercise().value().equals("iso-temple-press"))
                .toList();

        assertThat(presses).filteredOn(phase -> phase.side() == Side.LEFT).hasSize(repetitions);
        assertThat(presses).filteredOn(phase -> phase.side() == Side.RIGHT).hasSize(repetitions);
    }

    @ParameterizedTest
    @CsvSource({"gentle, 5000", "standard, 6000", "full, 7000"})
    void pressesLastTheLevelsPointInTheFiveToSevenSecondRange(String level, long pressMs) {
        assertThat(timeline("isometric-complex", level).phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.PRESS)
                .allSatisfy(phase -> assertThat(phase.durationMs()).isEqualTo(pressMs));
    }

    @Test
    void everyPressIsFollowedByTenSecondsOfRelaxation() {
        List<Phase> phases = timeline("isometric-complex", "standard").phases();
        for (int index = 0; index < phases.size(); index++) {
            if (phases.get(index).kind() == PhaseKind.PRESS) {
                Phase release = phases.get(index + 1);
                Phase relax = phases.get(index + 2);

                assertThat(release.kind()).isEqualTo(PhaseKind.RELEASE);
                assertThat(relax.kind()).isEqualTo(PhaseKind.RELAX);
                assertThat(relax.durationMs()).isEqualTo(10_000);
            }
        }
    }

    private static Timeline timeline(String routine, String level) {
        return Timeline.expand(
                CATALOGUE.getRoutine(routine),
                CATALOGUE,
                DosageLevel.fromKey(level).orElseThrow());
    }
}
