package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Breathing;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yoga poses keep the source's 20-30 second holds and its rule never to hold the breath. */
class CatalogueYogaFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<Exercise> poses() {
        return CATALOGUE.getRoutine("yoga-neck").items().stream()
                .map(item -> CATALOGUE.getExercise(item.exercise()))
                .toList();
    }

    @Test
    void theRoutineHasTheFourPosesInTheSourcesOrder() {
        assertThat(poses()).extracting(Exercise::number).containsExactly(1, 2, 3, 4);
        assertThat(poses()).extracting(Exercise::part).containsOnly(Part.YOGA);
        assertThat(poses()).extracting(Exercise::style).containsOnly(Style.STRETCH);
    }

    @Test
    void everyPoseIsHeldTwentyToThirtySeconds() {
        assertThat(poses())
                .allSatisfy(pose ->
                        assertThat(pose.dosage().hold()).as(pose.id().value()).isEqualTo(new IntRange(20, 30)));
    }

    @Test
    void warriorAndTwistAreDoneOnBothSides() {
        assertThat(poses())
                .filteredOn(pose -> pose.dosage().sides() == Sides.BOTH)
                .extracting(pose -> pose.id().value())
                .containsExactly("yoga-warrior-two", "yoga-seated-twist");
    }

    @Test
    void breathingIsNaturalAndNeverHeld() {
        assertThat(poses()).allSatisfy(pose -> {
            assertThat(pose.dosage().breathing()).isEqualTo(Breathing.NATURAL);
            assertThat(String.join(" ", pose.steps())).contains("never hold your breath");
        });
    }

    @Test
    void theThirtyVersusTwentyToThirtySecondsInconsistencyIsNoted() {
        assertThat(CATALOGUE.getRoutine("yoga-neck").notes())
                .anySatisfy(note -> assertThat(note).contains("30 seconds").contains("20-30 seconds"));
        assertThat(CATALOGUE
                        .findExercise("yoga-half-forward-bend")
                        .orElseThrow()
                        .notes())
                .anySatisfy(note -> assertThat(note).contains("30 seconds").contains("20-30 seconds"));
    }

    @Test
    void halfForwardBendStartsTwoStepsFromAWall() {
        Exercise bend = CATALOGUE.findExercise("yoga-half-forward-bend").orElseThrow();

        assertThat(String.join(" ", bend.steps())).contains("two steps").contains("hip-width");
    }

    /* Two single poses and two poses on both sides: 1 + 2 + 2 + 1 = 6 holds. */
    @Test
    void theFullLevelHoldsEachPoseAndSideThirtySeconds() {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("yoga-neck"), CATALOGUE, DosageLevel.FULL);

        assertThat(timeline.phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.HOLD)
                .hasSize(6)
                .allSatisfy(phase -> assertThat(phase.durationMs()).isEqualTo(30_000));
    }

    @Test
    void theGentleLevelHoldsEachPoseTwentySeconds() {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("yoga-neck"), CATALOGUE, DosageLevel.GENTLE);

        assertThat(timeline.phases())
                .filteredOn(phase -> phase.kind() == PhaseKind.HOLD)
                .allSatisfy(phase -> assertThat(phase.durationMs()).isEqualTo(20_000));
    }
}
