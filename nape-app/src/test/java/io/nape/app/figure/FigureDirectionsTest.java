package io.nape.app.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.View;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each joint, bent on its own to a clear angle, moves its part of the body the way the joint's
 * anatomical meaning says, as seen on screen (x to the right, y down) in each view.
 */
class FigureDirectionsTest {
    /**
     * A view, a joint and its angle; then the bone looked at (the joint whose pivot it starts from and
     * the way it points at rest, in the drawing's units) and where its end must move on screen.
     */
    static Stream<Arguments> bends() {
        return Stream.of(
                bend(View.FRONT, "r-shoulder", 90, "r-shoulder", 0, 10, "left"),
                bend(View.FRONT, "l-shoulder", 90, "l-shoulder", 0, 10, "right"),
                bend(View.FRONT, "r-shoulder", 180, "r-shoulder", 0, 10, "up"),
                bend(View.BEHIND, "r-shoulder", 90, "r-shoulder", 0, 10, "right"),
                bend(View.SIDE, "r-shoulder", 90, "r-shoulder", 0, 10, "right"),
                bend(View.SIDE, "r-shoulder", -45, "r-shoulder", 0, 10, "left"),
                bend(View.FRONT, "r-elbow", 90, "r-elbow", 0, 10, "left"),
                bend(View.SIDE, "l-elbow", 90, "l-elbow", 0, 10, "right"),
                bend(View.FRONT, "r-wrist", 60, "r-wrist", 0, 10, "left"),
                bend(View.BEHIND, "l-wrist", 60, "l-wrist", 0, 10, "left"),
                bend(View.FRONT, "torso", 30, "torso", 0, -10, "left"),
                bend(View.BEHIND, "torso", 30, "torso", 0, -10, "right"),
                bend(View.SIDE, "torso", 30, "torso", 0, -10, "right"),
                bend(View.SIDE, "torso", -20, "torso", 0, -10, "left"),
                bend(View.FRONT, "neck", 30, "neck", 0, -10, "left"),
                bend(View.SIDE, "neck", 30, "neck", 0, -10, "right"),
                bend(View.BEHIND, "head", 20, "head", 0, -10, "right"),
                bend(View.SIDE, "head", -20, "head", 0, -10, "left"),
                bend(View.FRONT, "r-hip", 30, "r-hip", 0, 10, "left"),
                bend(View.BEHIND, "r-hip", 30, "r-hip", 0, 10, "right"),
                bend(View.SIDE, "r-hip", 90, "r-hip", 0, 10, "right"),
                bend(View.SIDE, "l-knee", 90, "l-knee", 0, 10, "left"),
                bend(View.FRONT, "r-shrug", 30, "r-shoulder", 0, 0, "up"),
                bend(View.SIDE, "l-shrug", 30, "l-shoulder", 0, 0, "up"),
                bend(View.FRONT, "turn", 60, "turn", 0, 0, "left"),
                bend(View.BEHIND, "turn", 60, "turn", 0, 0, "left"),
                bend(View.FRONT, "gaze", 30, "gaze-up", 0, 0, "left"),
                bend(View.FRONT, "gaze-up", 20, "gaze-up", 0, 0, "up"),
                bend(View.SIDE, "gaze-up", -20, "gaze-up", 0, 0, "down"));
    }

    private static Arguments bend(
            View view, String joint, double angle, String bone, double dx, double dy, String towards) {
        return Arguments.of(view, joint, angle, bone, dx, dy, towards);
    }

    @ParameterizedTest(name = "{0}: {1} {2} moves {3} {6}")
    @MethodSource("bends")
    void aJointMovesItsPartTheWayItsAngleMeans(
            View view, String joint, double angle, String bone, double dx, double dy, String towards) {
        FigureDocument rest = drawn(view, Pose.of(Map.of()));
        FigureDocument bent = drawn(view, Pose.of(Map.of(Joint.ofKey(joint).orElseThrow(), angle)));

        double[] before = rest.onScreen(bone, dx, dy);
        double[] after = bent.onScreen(bone, dx, dy);
        double moveX = after[0] - before[0];
        double moveY = after[1] - before[1];
        double least = dx == 0 && dy == 0 ? 0.5 : 3;
        switch (towards) {
            case "left":
                assertThat(moveX).isLessThan(-least);
                break;
            case "right":
                assertThat(moveX).isGreaterThan(least);
                break;
            case "up":
                assertThat(moveY).isLessThan(-least);
                break;
            default:
                assertThat(moveY).isGreaterThan(least);
                break;
        }
    }

    @Test
    void shutEyesAreALineAndAnOpenMouthIsTall() {
        FigureDocument shut = drawn(View.FRONT, Pose.of(Map.of(Joint.EYES, 100, Joint.JAW, 30)));

        double[] eyeTop = shut.onScreen("eyes", 0, -2);
        double[] eyeBottom = shut.onScreen("eyes", 0, 2);
        double[] mouthTop = shut.onScreen("jaw", 0, -0.7);
        double[] mouthBottom = shut.onScreen("jaw", 0, 0.7);
        assertThat(eyeBottom[1] - eyeTop[1]).isLessThan(0.25);
        assertThat(mouthBottom[1] - mouthTop[1]).isGreaterThan(6);
    }

    @Test
    void aSeatedFigureSeenFromTheFrontKeepsItsThighsButTurnsThemFromTheSide() {
        Pose seated = Pose.base(Position.SITTING);
        Figure front = figure(View.FRONT, seated);
        Figure side = figure(View.SIDE, seated);

        FigureDocument fromTheFront = FigureDocument.parse(
                FigureSvg.render(new ExerciseId("seated"), "Seated", front, Position.SITTING, seated));
        FigureDocument fromTheSide = FigureDocument.parse(
                FigureSvg.render(new ExerciseId("seated"), "Seated", side, Position.SITTING, seated));

        assertThat(fromTheFront.joint("r-hip").getAttribute("data-map")).isEqualTo("none");
        assertThat(fromTheFront.joint("l-knee").getAttribute("data-map")).isEqualTo("none");
        double[] hip = fromTheSide.onScreen("r-hip", 0, 0);
        double[] knee = fromTheSide.onScreen("r-knee", 0, 0);
        double[] ankle = fromTheSide.onScreen("r-knee", 0, 36);
        assertThat(knee[0] - hip[0]).as("thigh forwards").isGreaterThan(30);
        assertThat(ankle[1] - knee[1]).as("shin down").isGreaterThan(30);
    }

    private static FigureDocument drawn(View view, Pose pose) {
        return FigureDocument.parse(FigureSvg.render(
                new ExerciseId("directions"), "Directions", figure(view, pose), Position.STANDING, pose));
    }

    private static Figure figure(View view, Pose pose) {
        return new Figure(view, List.of(), null, PhaseKind.HOLD, Map.of(PhaseKind.HOLD, pose), List.of());
    }
}
