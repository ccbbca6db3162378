package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Style;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progressive relaxation keeps the source's rules: each exercise 5 times, a lesson at most 15 minutes. */
class CatalogueRelaxationFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<Exercise> relaxationExercises() {
        return CATALOGUE.exercises().stream()
                .filter(exercise -> exercise.part() == Part.RELAXATION)
                .toList();
    }

    @Test
    void thereAreSixMuscleGroupsEachARelaxationExercise() {
        assertThat(relaxationExercises()).hasSize(6).extracting(Exercise::style).containsOnly(Style.RELAXATION);
    }

    @Test
    void everyRelaxationExerciseIsRepeatedFiveTimes() {
        assertThat(relaxationExercises())
                .allSatisfy(exercise -> assertThat(exercise.dosage().repetitions())
                        .as(exercise.id().value())
                        .isEqualTo(IntRange.exactly(5)));
    }

    @Test
    void tensingIsGentleAndShorterThanTheRelaxationAfterIt() {
        assertThat(relaxationExercises()).allSatisfy(exercise -> {
            assertThat(exercise.dosage().hold().max()).isLessThanOrEqualTo(7);
            assertThat(exercise.dosage().relax().min())
                    .isGreaterThan(exercise.dosage().hold().max());
            assertThat(String.join(" ", exercise.steps())).contains("pain or discomfort");
        });
    }

    @Test
    void everyExerciseSaysTheSourceNamesNoMuscleGroups() {
        assertThat(relaxationExercises()).allSatisfy(exercise -> assertThat(exercise.notes())
                .anySatisfy(note -> assertThat(note).contains("not its exercises")));
    }

    /* Lesson k has k exercises, each tensed 5 times: 5k presses at every level. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void lessonKTensesFiveTimesKTimes(int lesson) {
        for (DosageLevel level : DosageLevel.values()) {
            Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("pmr-" + lesson), CATALOGUE, level);

            assertThat(timeline.phases())
                    .as("pmr-%d at %s", lesson, level)
                    .filteredOn(phase -> phase.kind() == PhaseKind.PRESS)
                    .hasSize(5 * lesson);
        }
    }

    @Test
    void theLongestLessonFitsInFifteenMinutes() {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("pmr-6"), CATALOGUE, DosageLevel.FULL);

        assertThat(timeline.totalMs()).isLessThanOrEqualTo(15 * 60_000L);
    }
}
