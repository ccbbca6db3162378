package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Equipment;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.Style;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The simple exercises keep the source's 2 kg limit and say where Nape chose a count. */
class CatalogueSimpleExercisesFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<Exercise> timedExercises() {
        return CATALOGUE.exercises().stream()
                .filter(exercise -> exercise.part() == Part.SIMPLE_EXERCISES)
                .filter(Exercise::isTimed)
                .toList();
    }

    @Test
    void theFiveSourceExercisesAreAllPresent() {
        assertThat(timedExercises())
                .extracting(Exercise::number)
                .containsOnly(1, 2, 3, 4, 5)
                .contains(1, 2, 3, 4, 5);
    }

    @Test
    void shoulderRaisesUseDumbbellsOfAtMostTwoKilograms() {
        Exercise raises = CATALOGUE.findExercise("simple-shoulder-raises").orElseThrow();

        assertThat(raises.equipment()).containsExactly(Equipment.DUMBBELLS);
        assertThat(String.join(" ", raises.steps())).contains("at most 2 kg");
    }

    @Test
    void everyCountIsMarkedAsNapesOwnDefault() {
        assertThat(timedExercises()).allSatisfy(exercise -> {
            int count = exercise.dosage().movements() > 0
                    ? exercise.dosage().movements()
                    : exercise.dosage().repetitions().max();

            assertThat(exercise.notes()).as(exercise.id().value()).anySatisfy(note -> assertThat(note)
                    .startsWith("The source gives no count; Nape's default is " + count));
        });
    }

    @Test
    void movementExercisesAreDoneSlowly() {
        assertThat(timedExercises())
                .filteredOn(exercise -> exercise.style() == Style.MOVEMENT)
                .allSatisfy(exercise -> assertThat(
                                String.join(" ", exercise.steps()).toLowerCase(Locale.ROOT))
                        .contains("slowly"));
    }

    @Test
    void easingTheBackFirstIsAnAdviceCard() {
        Exercise card = CATALOGUE.findExercise("simple-ease-back-first").orElseThrow();

        assertThat(card.isTimed()).isFalse();
        assertThat(String.join(" ", card.steps())).contains("firm bed").contains("raise your legs");
    }
}
