package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.Side;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.DeskBreaks;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in figures: every exercise is drawn, every phase of every timeline has its pose, the
 * other side is the mirror image, and no cue stays on screen longer than 15 s while the figure moves.
 */
class CatalogueFiguresTest {
    private static final CatalogueLoad LOAD = new CatalogueLoader().load((Path) null);
    private static final Catalogue CATALOGUE = LOAD.catalogue();

    @Test
    void loadsWithoutProblems() {
        assertThat(LOAD.problems()).isEmpty();
    }

    @Test
    void drawsEveryExercise() {
        assertThat(CATALOGUE.exercises()).hasSize(55).allSatisfy(exercise -> assertThat(exercise.figure())
                .as(exercise.id().value())
                .isNotNull());
    }

    @Test
    void posesEveryPhaseOfEveryRoutineAtEveryLevel() {
        for (Timeline timeline : everyTimeline()) {
            for (Phase phase : timeline.phases()) {
                Figure figure = figureOf(phase);
                String what = timeline.routine().value() + " " + timeline.level() + " " + phase;
                if (phase.kind() != PhaseKind.REST) {
                    assertThat(CATALOGUE.getExercise(phase.exercise()).phaseKinds())
                            .as(what)
                            .contains(phase.kind());
                }
                if (phase.kind() == PhaseKind.MOVE) {
                    Movement movement =
                            figure.movementFor(phase.step(), phase.side()).orElseThrow();
                    assertThat(movement.cycle()).as(what).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(phase.cycles()).as(what).isPositive();
                } else {
                    assertThat(figure.poseFor(phase.kind(), phase.side()))
                            .as(what)
                            .isPresent();
                }
            }
        }
    }

    @Test
    void leavesNoCueOnScreenLongerThan15SecondsWhileTheFigureMoves() {
        List<String> tooLong = new ArrayList<>();
        int moving = 0;
        for (Timeline timeline : everyTimeline()) {
            for (Phase phase : timeline.phases()) {
                if (!changesPose(phase)) {
                    continue;
                }
                moving++;
                if (phase.durationMs() > Exercise.MAX_MOVING_CUE_SECONDS * 1000L) {
                    tooLong.add(timeline.routine().value() + " " + timeline.level() + " " + phase.exercise() + " "
                            + phase.durationMs() + " ms: " + phase.cue());
                }
            }
        }
        assertThat(moving).as("moving phases looked at").isGreaterThan(100);
        assertThat(tooLong).isEmpty();
    }

    @Test
    void keepsEachMovementMovingAndEachStaticPhaseStill() {
        for (Exercise exercise : CATALOGUE.exercises()) {
            Figure figure = exercise.figure();
            for (Movement movement : figure.moves()) {
                assertThat(movement.cycle().stream().distinct().count())
                        .as("distinct key poses of a movement of %s", exercise.id())
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void mirrorsTheOtherSideOfEverySidedExercise() {
        int sided = 0;
        for (Exercise exercise : CATALOGUE.exercises()) {
            if (!exercise.isSided()) {
                continue;
            }
            sided++;
            Figure figure = exercise.figure();
            assertThat(figure.drawn()).as(exercise.id().value()).isNotNull();
            for (PhaseKind kind : exercise.phaseKinds()) {
                if (kind == PhaseKind.MOVE) {
                    List<Pose> left =
                            figure.movementFor(0, Side.LEFT).orElseThrow().cycle();
                    List<Pose> right =
                            figure.movementFor(0, Side.RIGHT).orElseThrow().cycle();
                    for (int key = 0; key < left.size(); key++) {
                        assertMirrored(left.get(key), right.get(key));
                    }
                } else {
                    assertMirrored(
                            figure.poseFor(kind, Side.LEFT).orElseThrow(),
                            figure.poseFor(kind, Side.RIGHT).orElseThrow());
                }
            }
        }
        assertThat(sided).isGreaterThanOrEqualTo(4);
    }

    private static void assertMirrored(Pose left, Pose right) {
        for (Joint joint : Joint.values()) {
            double expected = right.angle(joint.mirrored());
            if (joint == Joint.TORSO
                    || joint == Joint.NECK
                    || joint == Joint.HEAD
                    || joint == Joint.TURN
                    || joint == Joint.GAZE) {
                expected = -expected;
            }
            assertThat(left.angle(joint)).as(joint.key()).isEqualTo(expected == 0 ? 0 : expected);
        }
    }

    /** Whether the figure moves during a phase beyond easing into it: a movement's cycle. */
    private static boolean changesPose(Phase phase) {
        return phase.kind() == PhaseKind.MOVE;
    }

    private static Figure figureOf(Phase phase) {
        Figure figure = CATALOGUE.getExercise(phase.exercise()).figure();
        assertThat(figure).as(phase.exercise().value()).isNotNull();
        return figure;
    }

    /** Every routine at every level, and every desk break the complex is cut into at every length. */
    private static List<Timeline> everyTimeline() {
        List<Timeline> timelines = new ArrayList<>();
        Routine complex = CATALOGUE.getRoutine("isometric-complex");
        for (DosageLevel level : DosageLevel.values()) {
            for (Routine routine : CATALOGUE.routines()) {
                timelines.add(Timeline.expand(routine, CATALOGUE, level));
            }
            for (int minutes = DeskBreaks.MIN_MINUTES; minutes <= DeskBreaks.MAX_MINUTES; minutes++) {
                int index = 0;
                for (DeskBreak deskBreak :
                        DeskBreaks.of(CATALOGUE, complex, level, minutes).cycle()) {
                    Routine routine = DeskBreaks.routineOf(deskBreak, complex, new RoutineId("break-" + index++));
                    timelines.add(Timeline.expand(routine, CATALOGUE, level));
                }
            }
        }
        return timelines;
    }
}
