package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Sides;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Self-massage follows the source's order of techniques and of areas, and never presses hard. */
class CatalogueSelfMassageFiguresTest {
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    private static List<String> exercisesOf(String routine) {
        return CATALOGUE.getRoutine(routine).items().stream()
                .map(RoutineItem::exercise)
                .map(id -> id.value())
                .toList();
    }

    @Test
    void fullMassageStrokesRubsKneadsPatsAndFinishesWithStroking() {
        assertThat(exercisesOf("collar-massage"))
                .containsExactly(
                        "massage-stroking",
                        "massage-circular-rubbing",
                        "massage-kneading",
                        "massage-patting",
                        "massage-stroking");
    }

    @Test
    void deepMassageFollowsTheTherapistsOrderOfAreas() {
        assertThat(exercisesOf("deep-neck-massage"))
                .containsExactly(
                        "massage-neck",
                        "massage-shoulders",
                        "massage-skull-junction",
                        "massage-neck",
                        "massage-skull-grooves",
                        "massage-scalp");
    }

    @Test
    void shortMassageBeginsAndEndsWithStrokingAndLastsUnderThreeMinutes() {
        List<String> exercises = exercisesOf("massage-short");
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("massage-short"), CATALOGUE, DosageLevel.FULL);

        assertThat(exercises).startsWith("massage-stroking").endsWith("massage-stroking");
        assertThat(timeline.total()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void strokingRunsFromTheHairlineToTheShoulderJoint() {
        Exercise stroking = CATALOGUE.findExercise("massage-stroking").orElseThrow();

        assertThat(String.join(" ", stroking.steps())).contains("hairline").contains("shoulder joint");
    }

    @Test
    void kneadingHasTheThumbOnOneSideAndFourFingersOnTheOther() {
        Exercise kneading = CATALOGUE.findExercise("massage-kneading").orElseThrow();

        assertThat(String.join(" ", kneading.steps())).contains("thumb").contains("four fingers");
    }

    @Test
    void oneHandVariantIsDoneOnEachSideWithTheElbowOnTheChair() {
        Exercise oneHand = CATALOGUE.findExercise("massage-one-hand").orElseThrow();

        assertThat(oneHand.dosage().sides()).isEqualTo(Sides.BOTH);
        assertThat(String.join(" ", oneHand.steps())).contains("elbow").contains("chair");
    }

    @Test
    void everyTechniqueWarnsNotToPressHardAndGivesItsTimeAsNapesChoice() {
        List<Exercise> techniques = CATALOGUE.exercises().stream()
                .filter(exercise -> exercise.part() == Part.SELF_MASSAGE)
                .filter(exercise -> !exercise.id().value().equals("massage-patting"))
                .filter(exercise -> !exercise.id().value().equals("massage-skull-grooves"))
                .filter(exercise -> !exercise.id().value().equals("massage-scalp"))
                .toList();

        assertThat(techniques).isNotEmpty().allSatisfy(exercise -> assertThat(String.join(" ", exercise.steps()))
                .as(exercise.id().value())
                .containsAnyOf("never press hard", "never push hard", "never squeeze hard", "ease off"));
        assertThat(CATALOGUE.exercises())
                .filteredOn(exercise -> exercise.part() == Part.SELF_MASSAGE)
                .allSatisfy(exercise -> assertThat(exercise.notes())
                        .anySatisfy(note -> assertThat(note).contains("The source gives no time")));
    }

    @Test
    void theSourcesForearmIsReadAsTheShoulders() {
        Exercise shoulders = CATALOGUE.findExercise("massage-shoulders").orElseThrow();

        assertThat(shoulders.notes()).anySatisfy(note -> assertThat(note).contains("forearm"));
        assertThat(String.join(" ", shoulders.steps()))
                .doesNotContain("forearm")
                .contains("trapezius");
    }
}
