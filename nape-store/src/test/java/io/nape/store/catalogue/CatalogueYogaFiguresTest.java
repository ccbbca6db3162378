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
import io.nape.core.catalogue.Style;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The yoga poses keep the source's 20-30 second holds and its rule never to hold the breath. */
class CatalogueYogaFiguresTest {
    private static final CatalogueLoad LOAD = new CatalogueLoader().load((Path) null);
    private static final Catalogue CATALOGUE = LOAD.catalogue();
    private static final Catalogue RUSSIAN = LOAD.catalogue(Locale.forLanguageTag("ru"));

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

    @Test
    void warriorTwoCuesTheFootToTurnOutOnTheFirstSideAndTheSecond() {
        List<Phase> warrior = phasesOf(CATALOGUE, "yoga-warrior-two");

        assertThat(first(warrior, PhaseKind.PREPARE).side()).isEqualTo(Side.LEFT);
        assertThat(first(warrior, PhaseKind.PREPARE).cue()).isEqualTo("Feet wide, arms out, turn left foot out");
        assertThat(first(warrior, PhaseKind.SWITCH_SIDE).cue()).isEqualTo("Now turn your right foot out");
    }

    /* Warrior II is the last standing pose; the twist is done sitting on the floor. */
    @Test
    void theMoveFromStandingToTheFloorHasHalfAMinuteAndACueToSitDown() {
        List<Phase> twist = phasesOf(CATALOGUE, "yoga-seated-twist");
        Phase lastWarriorHold = phasesOf(CATALOGUE, "yoga-warrior-two").stream()
                .filter(phase -> phase.kind() == PhaseKind.HOLD)
                .reduce((earlier, later) -> later)
                .orElseThrow();

        assertThat(first(twist, PhaseKind.PREPARE).durationMs()).isEqualTo(30_000);
        assertThat(first(twist, PhaseKind.PREPARE).cue()).startsWith("Sit down on the floor");
        assertThat(first(twist, PhaseKind.HOLD).atMs() - lastWarriorHold.endMs())
                .as("from the last hold of warrior II to the first hold of the twist, in ms")
                .isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void theRussianCuesTurnTheFootOutAndSayToSitDown() {
        List<Phase> warrior = phasesOf(RUSSIAN, "yoga-warrior-two");
        List<Phase> twist = phasesOf(RUSSIAN, "yoga-seated-twist");

        assertThat(first(warrior, PhaseKind.PREPARE).cue())
                .isEqualTo("Ноги широко, руки в стороны, левую стопу наружу");
        assertThat(first(warrior, PhaseKind.SWITCH_SIDE).cue()).isEqualTo("Теперь разверните правую стопу");
        assertThat(first(twist, PhaseKind.PREPARE).cue()).startsWith("Сядьте на пол");
    }

    private static List<Phase> phasesOf(Catalogue catalogue, String exercise) {
        return Timeline.expand(catalogue.getRoutine("yoga-neck"), catalogue, DosageLevel.STANDARD).phases().stream()
                .filter(phase -> phase.exercise().value().equals(exercise))
                .toList();
    }

    private static Phase first(List<Phase> phases, PhaseKind kind) {
        return phases.stream().filter(phase -> phase.kind() == kind).findFirst().orElseThrow();
    }
}
