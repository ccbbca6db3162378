package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Equipment;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chair stretch keeps the source's 10-15 seconds and only the exercises it describes. */
class CatalogueChairStretchFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<Exercise> chairExercises() {
        return CATALOGUE.exercises().stream()
                .filter(exercise -> exercise.part() == Part.CHAIR_STRETCH)
                .toList();
    }

    @Test
    void onlyTheTwoDescribedExercisesAreIncludedWithTheirSourceNumbers() {
        assertThat(chairExercises()).extracting(Exercise::number).containsExactly(1, 13);
        assertThat(CATALOGUE.getRoutine("chair-stretch").items())
                .extracting(RoutineItem::exercise)
                .extracting(id -> CATALOGUE.getExercise(id).number())
                .containsExactly(1, 13);
    }

    @Test
    void eachChairExerciseLastsTenToFifteenSeconds() {
        assertThat(chairExercises())
                .allSatisfy(exercise -> assertThat(exercise.dosage().hold())
                        .as(exercise.id().value())
                        .isEqualTo(new IntRange(10, 15)));
    }

    @Test
    void everyChairExerciseIsDoneSittingOnAChairAndStopsOnPain() {
        assertThat(chairExercises()).allSatisfy(exercise -> {
            assertThat(exercise.equipment()).contains(Equipment.CHAIR);
            assertThat(String.join(" ", exercise.steps())).contains("Stop at once");
        });
    }

    @Test
    void towelExerciseNeedsATowel() {
        assertThat(CATALOGUE
                        .findExercise("chair-towel-behind-head")
                        .orElseThrow()
                        .equipment())
                .contains(Equipment.TOWEL);
    }

    @Test
    void theGapInTheSourcesNumberingIsSaidNotFilled() {
        assertThat(CATALOGUE.getRoutine("chair-stretch").notes())
                .anySatisfy(note -> assertThat(note).contains("13").contains("rather than invent"));
        assertThat(chairExercises()).allSatisfy(exercise -> assertThat(exercise.notes())
                .anySatisfy(note -> assertThat(note).contains("13").contains("rather than invent")));
    }

    @Test
    void effortPhasesLastTheLevelsPointInTheRange() {
        assertThat(effortSeconds(DosageLevel.GENTLE)).containsExactly(10, 10);
        assertThat(effortSeconds(DosageLevel.STANDARD)).containsExactly(12, 12);
        assertThat(effortSeconds(DosageLevel.FULL)).containsExactly(15, 15);
    }

    private static List<Integer> effortSeconds(DosageLevel level) {
        return Timeline.expand(CATALOGUE.getRoutine("chair-stretch"), CATALOGUE, level).phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.MOVE || phase.kind() == PhaseKind.HOLD)
                .map(phase -> (int) (phase.durationMs() / 1000))
                .toList();
    }
}
