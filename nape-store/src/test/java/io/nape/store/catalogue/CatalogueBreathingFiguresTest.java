package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The breathing exercises keep the source's counts: 3, 3, 10, and 10 each way. */
class CatalogueBreathingFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<Exercise> exercises() {
        return CATALOGUE.getRoutine("breathing").items().stream()
                .map(item -> CATALOGUE.getExercise(item.exercise()))
                .toList();
    }

    @Test
    void theRoutineHasTheFourBreathingExercises() {
        assertThat(exercises()).hasSize(4).extracting(Exercise::style).containsOnly(Style.BREATHING);
    }

    @Test
    void repetitionsAreThreeThreeTenAndTen() {
        assertThat(exercises())
                .extracting(exercise -> exercise.dosage().repetitions())
                .containsExactly(IntRange.exactly(3), IntRange.exactly(3), IntRange.exactly(10), IntRange.exactly(10));
    }

    @Test
    void onlyTheSideTiltsAreDoneOnBothSides() {
        assertThat(exercises())
                .extracting(exercise -> exercise.dosage().sides())
                .containsExactly(Sides.NONE, Sides.NONE, Sides.NONE, Sides.BOTH);
    }

    /* 3 + 3 + 10 + 10 on the left + 10 on the right = 36 breaths, whatever the level. */
    @ParameterizedTest
    @EnumSource(DosageLevel.class)
    void timelineHasThirtySixBreathsAtEveryLevel(DosageLevel level) {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("breathing"), CATALOGUE, level);

        assertThat(timeline.phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.BREATHE)
                .hasSize(36);
    }

    @Test
    void sideTiltsAreTenToTheLeftThenTenToTheRight() {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("breathing"), CATALOGUE, DosageLevel.STANDARD);

        assertThat(timeline.phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.BREATHE)
                .filteredOn(phase -> phase.exercise().value().equals("breathing-side-tilts"))
                .extracting(phase -> phase.side())
                .containsExactlyElementsOf(Stream.concat(
                                Collections.nCopies(10, Side.LEFT).stream(),
                                Collections.nCopies(10, Side.RIGHT).stream())
                        .toList());
    }

    @Test
    void theHeldBreathOfTheFirstExerciseIsKeptAsANoteAndCuedGently() {
        Exercise first = exercises().get(0);

        assertThat(first.notes()).anySatisfy(note -> assertThat(note).contains("hold your breath"));
        assertThat(String.join(" ", first.steps())).contains("breathe out at once");
        assertThat(first.cues().values())
                .noneMatch(cue -> cue.toLowerCase(Locale.ROOT).contains("hold"));
    }
}
