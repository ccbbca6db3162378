package io.nape.app.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Side;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** Every exercise with a figure is drawn as the SVG contract between the drawing and the player says. */
class FigureSvgTest {
    private static final int MAX_BYTES = 6 * 1024;
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("image", "script", "foreignObject", "iframe", "use", "a", "style", "link");
    private static final Catalogue CATALOGUE = OwnFigures.catalogue();

    static Stream<Named<Exercise>> exercisesWithFigures() {
        return OwnFigures.withFigures().stream()
                .map(exercise -> Named.of(exercise.id().value(), exercise));
    }

    /** The key pose and every pose an exercise's timelines show: each phase kind's on each side, each key of each movement. */
    static List<Pose> posesOf(Exercise exercise) {
        Figure figure = Objects.requireNonNull(exercise.figure());
        List<Pose> poses = new ArrayList<>(List.of(figure.keyPose()));
        List<Side> sides = exercise.isSided() ? List.of(Side.LEFT, Side.RIGHT) : Arrays.asList((Side) null);
        for (Side side : sides) {
            for (PhaseKind kind : exercise.phaseKinds()) {
                figure.poseFor(kind, side).ifPresent(poses::add);
            }
            for (int step = 0; step < figure.moves().size(); step++) {
                poses.addAll(figure.movementFor(step, side).orElseThrow().cycle());
            }
        }
        return poses;
    }

    @Test
    void theTestCatalogueLoadsWithoutProblemsAndHasFiguresInEveryView() {
        assertThat(OwnFigures.load().problems()).noneMatch(problem -> problem.contains(OwnFigures.FILE));
        assertThat(OwnFigures.withFigures())
                .extracting(exercise ->
                        Objects.requireNonNull(exercise.figure()).view().name())
                .contains("FRONT", "SIDE", "BEHIND");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercisesWithFigures")
    void stillIsASmallSelfContainedSvgNamedAfterTheExercise(Exercise exercise) {
        String svg = FigureSvg.still(exercise).orElseThrow();
        FigureDocument document = FigureDocument.parse(svg);
        Element root = document.root();

        assertThat(svg.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(MAX_BYTES);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 200 200");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("class")).isEqualTo("figure");
        assertThat(root.getAttribute("data-exercise")).isEqualTo(exercise.id().value());
        assertThat(root.getAttribute("data-view"))
                .isEqualTo(
                        Objects.requireNonNull(exercise.figure()).view().name().toLowerCase(Locale.ROOT));
        assertThat(document.elements().get(1).getLocalName()).isEqualTo("title");
        assertThat(document.elements().get(1).getTextContent()).isEqualTo(exercise.name());
        for (Element element : document.elements()) {
            assertThat(element.getLocalName()).isNotIn(FORBIDDEN_ELEMENTS);
            for (Attr attribute : attributes(element)) {
                assertThat(attribute.getName())
                        .doesNotStartWithIgnoringCase("on")
                        .isNotIn("href", "xlink:href", "style");
                assertThat(attribute.getValue())
                        .doesNotContainIgnoringCase("url(")
                        .doesNotContain("javascript:");
            }
        }
        assertThat(document.elements()).anySatisfy(element -> assertThat(element.getAttribute("stroke"))
                .isEqualTo("currentColor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercisesWithFigures")
    void everyJointHasExactlyOneGroupInEveryPose(Exercise exercise) {
        for (Pose pose : posesOf(exercise)) {
            FigureDocument document = FigureDocument.parse(FigureSvg.render(exercise, pose));

            assertThat(document.joints())
                    .extracting(group -> group.getAttribute("data-joint"))
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(Joint.values()).map(Joint::key).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercisesWithFigures")
    void eachGroupCarriesThePosesAngleAndTheContractsTransform(Exercise exercise) {
        for (Pose pose : posesOf(exercise)) {
            FigureDocument document = FigureDocument.parse(FigureSvg.render(exercise, pose));
            for (Joint joint : Joint.values()) {
                Element group = document.joint(joint.key());

                assertThat(document.angle(joint.key())).as(joint.key()).isCloseTo(pose.angle(joint), within(0.005));
                assertThat(group.getAttribute("data-map")).isIn("rotate", "x", "y", "scale-y", "none");
                assertThat(FigureDocument.parseTransform(group.getAttribute("transform")))
                        .as("%s of %s", joint.key(), exercise.id())
                        .satisfies(matrix -> assertThat(matrix.isCloseTo(FigureDocument.contractTransform(group), 0.02))
                                .isTrue());
                assertThat(group.hasAttribute("transform"))
                        .isEqualTo(!group.getAttribute("data-map").equals("none"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercisesWithFigures")
    void everyPoseIsTheSameDrawingWithOtherAnglesSoAPageCanPoseItAgain(Exercise exercise) {
        Set<String> drawings = posesOf(exercise).stream()
                .map(pose -> withoutPose(FigureSvg.render(exercise, pose)))
                .collect(Collectors.toSet());

        assertThat(drawings).hasSize(1);
        assertThat(withoutPose(FigureSvg.still(exercise).orElseThrow()))
                .isEqualTo(drawings.iterator().next());
    }

    @Test
    void theOtherSideIsDrawnWithTheMirroredAngles() {
        Exercise press = CATALOGUE.findExercise("figure-temple-press").orElseThrow();
        Pose right = Objects.requireNonNull(press.figure())
                .poseFor(PhaseKind.PRESS, Side.RIGHT)
                .orElseThrow();
        Pose left = Objects.requireNonNull(press.figure())
                .poseFor(PhaseKind.PRESS, Side.LEFT)
                .orElseThrow();
        FigureDocument rightSide = FigureDocument.parse(FigureSvg.render(press, right));
        FigureDocument leftSide = FigureDocument.parse(FigureSvg.render(press, left));

        assertThat(rightSide.angle("r-shoulder")).isEqualTo(140);
        assertThat(leftSide.angle("l-shoulder")).isEqualTo(140);
        assertThat(leftSide.angle("r-shoulder")).isZero();
        assertThat(leftSide.angle("neck")).isEqualTo(-rightSide.angle("neck")).isNotZero();
        assertThat(leftSide.angle("eyes")).isEqualTo(rightSide.angle("eyes"));
        for (Joint joint : Joint.values()) {
            assertThat(leftSide.angle(joint.key()))
                    .as(joint.key())
                    .isEqualTo(right.mirrored().angle(joint));
        }
    }

    @Test
    void aMirroredPoseIsDrawnAsTheMirrorImageOnScreen() {
        Exercise press = CATALOGUE.findExercise("figure-temple-press").orElseThrow();
        Figure figure = Objects.requireNonNull(press.figure());
        FigureDocument right = FigureDocument.parse(FigureSvg.render(
                press, figure.poseFor(PhaseKind.PREPARE, Side.RIGHT).orElseThrow()));
        FigureDocument left = FigureDocument.parse(FigureSvg.render(
                press, figure.poseFor(PhaseKind.PREPARE, Side.LEFT).orElseThrow()));
        double middle = right.onScreen("torso", 0, 0)[0];

        double[] rightHand = right.onScreen("r-wrist", 0, 0);
        double[] leftHand = left.onScreen("l-wrist", 0, 0);
        assertThat(leftHand[0] - middle).isCloseTo(middle - rightHand[0], within(0.1));
        assertThat(leftHand[1]).isCloseTo(rightHand[1], within(0.1));
    }

    @Test
    void propsAreGroupedAndAHeldWeightMovesWithTheHand() {
        FigureDocument shrugs = FigureDocument.parse(
                FigureSvg.still(CATALOGUE.findExercise("figure-shrugs").orElseThrow())
                        .orElseThrow());
        FigureDocument press = FigureDocument.parse(
                FigureSvg.still(CATALOGUE.findExercise("figure-temple-press").orElseThrow())
                        .orElseThrow());

        assertThat(press.elements())
                .filteredOn(element -> element.getAttribute("class").equals("props"))
                .singleElement()
                .satisfies(props -> assertThat(
                                props.getElementsByTagNameNS("*", "path").getLength())
                        .isPositive());
        assertThat(shrugs.elements())
                .filteredOn(element -> element.getAttribute("class").equals("props"))
                .filteredOn(props -> props.getParentNode() instanceof Element parent
                        && parent.getAttribute("data-joint").endsWith("-wrist"))
                .hasSize(2);
    }

    @Test
    void anExerciseWithoutAFigureHasNoStill() {
        Exercise drawn = CATALOGUE.exercises().iterator().next();
        Exercise plain = new Exercise(
                drawn.id(),
                drawn.name(),
                drawn.part(),
                drawn.number(),
                drawn.style(),
                drawn.position(),
                drawn.equipment(),
                drawn.areas(),
                drawn.steps(),
                drawn.dosage(),
                drawn.cues(),
                drawn.notes(),
                drawn.prepareSeconds(),
                drawn.sequence(),
                null);

        assertThat(FigureSvg.still(plain)).isEmpty();
        assertThatThrownBy(() -> FigureSvg.render(plain, Pose.of(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(plain.id().value());
    }

    @Test
    void escapesTheTitle() {
        Figure figure = new Figure(
                io.nape.core.catalogue.View.FRONT,
                List.of(),
                null,
                PhaseKind.MOVE,
                Map.of(),
                List.of(new Movement(List.of(Pose.of(Map.of()), Pose.of(Map.of(Joint.JAW, 20))), 4)));
        String svg = FigureSvg.render(
                new ExerciseId("odd-name"),
                "Tom & \"Jerry\" <3",
                figure,
                io.nape.core.catalogue.Position.STANDING,
                figure.keyPose());

        assertThat(FigureDocument.parse(svg).elements().get(1).getTextContent()).isEqualTo("Tom & \"Jerry\" <3");
    }

    /** The document with every angle and transform of the joints left out. */
    private static String withoutPose(String svg) {
        return svg.replaceAll(" data-angle=\"[^\"]*\"", "")
                .replaceAll("(<g data-joint[^>]*?) transform=\"[^\"]*\"", "$1");
    }

    private static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        return attributes;
    }
}
