package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exercise's figure and sequence as a person's catalogue file gives them, and their problems by line. */
class FigureLoadTest {
    private static final String SIDED = String.join(
            "\n",
            "part: posture",
            "exercises:",
            "  - id: my-lean",
            "    name: My lean",
            "    style: isometric",
            "    position: sitting",
            "    steps: [Press your temple into your palm.]",
            "    dosage:",
            "      hold: 5",
            "      relax: 10",
            "      repetitions: 3",
            "      sides: both",
            "    cues:",
            "      prepare: Palm on your {side} temple",
            "      press: Press into the palm",
            "    figure:",
            "      view: front",
            "      props: [chair]",
            "      side: right",
            "      key: press",
            "      poses:",
            "        prepare: {r-shoulder: 130, r-elbow: 150}",
            "        breathe: {from: prepare}",
            "        press: {from: prepare, neck: 8, gaze: 10}",
            "        release: {from: prepare}",
            "        relax: {neck: 15}",
            "        switch-side: {}",
            "");

    private static final String MOVING = String.join(
            "\n",
            "part: posture",
            "exercises:",
            "  - id: my-turns",
            "    name: My turns",
            "    style: movement",
            "    position: standing",
            "    steps: [Turn your head slowly from side to side.]",
            "    dosage:",
            "      movements: 10",
            "      movementSeconds: 3",
            "    sequence:",
            "      - cue: Turn slowly, first five",
            "        movements: 5",
            "      - cue: Five more, a little wider",
            "        movements: 5",
            "    cues:",
            "      prepare: Stand tall",
            "      move: Turn slowly",
            "    figure:",
            "      view: front",
            "      poses:",
            "        prepare: {}",
            "      move:",
            "        - cycle:",
            "            - {turn: 0}",
            "            - {turn: 40}",
            "            - {turn: 0}",
            "            - {turn: -40}",
            "        - cycle:",
            "            - {turn: 0}",
            "            - {turn: 60}",
            "            - {turn: 0}",
            "            - {turn: -60}",
            "");

    private static CatalogueLoad load(String text) {
        return new CatalogueLoader().load(List.of(new CatalogueSource("mine.yaml", text, false)));
    }

    @Test
    void readsAFigureOverTheBaseOfItsPositionWithTheOtherSideMirrored() {
        CatalogueLoad load = load(SIDED);

        assertThat(load.problems()).isEmpty();
        Figure figure = load.catalogue().findExercise("my-lean").orElseThrow().figure();
        assertThat(figure).isNotNull();
        assertThat(figure.view()).isEqualTo(View.FRONT);
        Pose right = figure.poseFor(PhaseKind.PRESS, Side.RIGHT).orElseThrow();
        Pose left = figure.poseFor(PhaseKind.PRESS, Side.LEFT).orElseThrow();
        assertThat(right.angle(Joint.RIGHT_SHOULDER)).isEqualTo(130);
        assertThat(right.angle(Joint.RIGHT_HIP)).as("sitting's base").isEqualTo(90);
        assertThat(right.angle(Joint.NECK)).isEqualTo(8);
        assertThat(left.angle(Joint.LEFT_SHOULDER)).isEqualTo(130);
        assertThat(left.angle(Joint.RIGHT_SHOULDER)).isZero();
        assertThat(left.angle(Joint.NECK)).isEqualTo(-8);
        assertThat(left.angle(Joint.GAZE)).isEqualTo(-10);
        assertThat(left.mirrored()).isEqualTo(right);
        assertThat(figure.keyPose()).isEqualTo(right);
    }

    @Test
    void playsEachStepOfASequenceWithItsOwnCueAndMovement() {
        CatalogueLoad load = load(MOVING);

        assertThat(load.problems()).isEmpty();
        Exercise turns = load.catalogue().findExercise("my-turns").orElseThrow();
        assertThat(turns.sequence()).hasSize(2);
        assertThat(turns.figure()
                        .movementFor(1, null)
                        .orElseThrow()
                        .cycle()
                        .get(1)
                        .angle(Joint.TURN))
                .isEqualTo(60);
    }

    @Test
    void namesTheLineOfAnAngleOutOfItsRange() {
        CatalogueLoad load = load(SIDED.replace("neck: 8, gaze: 10", "neck: 95, gaze: 10"));

        assertThat(load.problems()).containsExactly("mine.yaml:24: 'neck' must be -60 to 70 degrees, was 95");
        assertThat(load.catalogue().findExercise("my-lean")).isEmpty();
    }

    @Test
    void namesTheLineOfAnUnknownJointAndOfAnAngleThatIsNoNumber() {
        CatalogueLoad load = load(SIDED.replace("{r-shoulder: 130, r-elbow: 150}", "{r-shouldr: 130, r-elbow: bent}"));

        assertThat(load.problems())
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem).startsWith("mine.yaml:22: "))
                .anySatisfy(
                        problem -> assertThat(problem).contains("unknown joint 'r-shouldr'; expected one of: torso,"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("'r-elbow' must be an angle in degrees, such as 30 or -12.5"));
    }

    @Test
    void refusesAFigureWithoutAPoseForAPhaseItsTimelineUses() {
        CatalogueLoad load = load(SIDED.replace("        release: {from: prepare}\n", ""));

        assertThat(load.problems())
                .containsExactly("mine.yaml:17: the figure of my-lean has no pose for its 'release' phases");
    }

    @Test
    void refusesAFromThatNamesNoPoseAboveIt() {
        CatalogueLoad load = load(SIDED.replace("breathe: {from: prepare}", "breathe: {from: press}"));

        assertThat(load.problems())
                .containsExactly("mine.yaml:23: 'from' must name a pose given above it, was \"press\"");
    }

    @Test
    void refusesASidedFigureSeenFromTheSide() {
        CatalogueLoad load = load(SIDED.replace("view: front", "view: side"));

        assertThat(load.problems())
                .singleElement()
                .asString()
                .startsWith("mine.yaml:")
                .contains("a sided exercise is seen from the front or from behind");
    }

    @Test
    void refusesAStepLongerThanACueMayStayWhileTheFigureMoves() {
        CatalogueLoad load = load(MOVING.replace("movements: 10", "movements: 12")
                .replace("        movements: 5\n      - cue: Five", "        movements: 7\n      - cue: Five"));

        assertThat(load.problems())
                .containsExactly("mine.yaml:12: step 1 of my-turns lasts 21.0 s at the full level; a moving step"
                        + " lasts at most 15 s");
    }

    @Test
    void refusesAMovementOfTwoStepsWithThreeMovements() {
        String three = MOVING.replace("      move:\n", "      move:\n        - cycle: [{turn: 0}, {turn: 20}]\n");

        assertThat(load(three).problems())
                .containsExactly("mine.yaml:20: the figure of my-turns has 3 movements; give one, or one for each of"
                        + " the 2 steps of its sequence");
    }
}
