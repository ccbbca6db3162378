package io.nape.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoseTest {
    private static final Pose REACH = Pose.base(Position.SITTING)
            .with(Map.of(
                    Joint.RIGHT_SHOULDER, 130,
                    Joint.RIGHT_ELBOW, 150,
                    Joint.NECK, 12,
                    Joint.TURN, -20,
                    Joint.GAZE_UP, 10,
                    Joint.LEFT_SHRUG, 5));

    @Test
    void mirrorsBySwappingTheSidesAndTurningTheAnglesTowardsASide() {
        Pose mirrored = REACH.mirrored();

        assertThat(mirrored.angle(Joint.LEFT_SHOULDER)).isEqualTo(130);
        assertThat(mirrored.angle(Joint.LEFT_ELBOW)).isEqualTo(150);
        assertThat(mirrored.angle(Joint.RIGHT_SHOULDER)).isZero();
        assertThat(mirrored.angle(Joint.RIGHT_SHRUG)).isEqualTo(5);
        assertThat(mirrored.angle(Joint.NECK)).isEqualTo(-12);
        assertThat(mirrored.angle(Joint.TURN)).isEqualTo(20);
        assertThat(mirrored.angle(Joint.GAZE_UP)).as("up is up on either side").isEqualTo(10);
        assertThat(mirrored.angle(Joint.LEFT_HIP)).isEqualTo(90);
        assertThat(mirrored.mirrored()).isEqualTo(REACH);
    }

    @Test
    void refusesAnAngleOutsideItsJointsRange() {
        assertThatThrownBy(() -> REACH.with(Map.of(Joint.LEFT_ELBOW, -10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("l-elbow must be 0 to 160 degrees, was -10");
    }

    @Test
    void namesEveryJointByItsKeyAndFindsItBack() {
        for (Joint joint : Joint.values()) {
            assertThat(Joint.ofKey(joint.key())).contains(joint);
            assertThat(joint.mirrored().mirrored()).isEqualTo(joint);
        }
        assertThat(Joint.RIGHT_SHOULDER.key()).isEqualTo("r-shoulder");
        assertThat(Joint.GAZE_UP.key()).isEqualTo("gaze-up");
        assertThat(Joint.ofKey("r_shoulder")).isEmpty();
    }

    @Test
    void showsTheOtherSideOfASidedFigureAsItsMirrorImage() {
        Pose relax = Pose.base(Position.SITTING).with(Map.of(Joint.NECK, 20));
        Movement turns = new Movement(List.of(REACH, REACH.with(Map.of(Joint.TURN, 40))), 4);
        Figure figure = new Figure(
                View.FRONT,
                List.of(Prop.CHAIR),
                Side.RIGHT,
                PhaseKind.PRESS,
                Map.of(PhaseKind.PRESS, REACH, PhaseKind.RELAX, relax),
                List.of(turns));

        assertThat(figure.poseFor(PhaseKind.PRESS, Side.RIGHT)).contains(REACH);
        assertThat(figure.poseFor(PhaseKind.PRESS, Side.LEFT)).contains(REACH.mirrored());
        assertThat(figure.poseFor(PhaseKind.PRESS, null)).contains(REACH);
        assertThat(figure.poseFor(PhaseKind.REST, Side.RIGHT))
                .as("a rest shows the key pose")
                .contains(REACH);
        assertThat(figure.movementFor(3, Side.LEFT).orElseThrow().cycle().get(1).angle(Joint.TURN))
                .isEqualTo(-40);
        assertThat(figure.poseFor(PhaseKind.HOLD, Side.RIGHT)).isEmpty();
        assertThat(figure.keyPose()).isEqualTo(REACH);
    }

    @Test
    void refusesASidedFigureSeenFromTheSide() {
        assertThatThrownBy(() -> new Figure(
                        View.SIDE, List.of(), Side.RIGHT, PhaseKind.PRESS, Map.of(PhaseKind.PRESS, REACH), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seen from the front or from behind");
    }

    @Test
    void fitsWholeCyclesIntoATimedPhase() {
        Movement slow = new Movement(List.of(REACH, REACH.mirrored()), 4);

        assertThat(slow.cyclesIn(12_000)).isEqualTo(3);
        assertThat(slow.cyclesIn(13_900)).isEqualTo(3);
        assertThat(slow.cyclesIn(1_000)).as("at least one").isEqualTo(1);
    }
}
