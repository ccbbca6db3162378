package io.nape.app.figure;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One exercise on a contact sheet: its name, and a still for each phase kind its timelines use,
 * with the words said then (for a movement, the first and the middle key of each step's cycle).
 * A sided exercise is shown on the side its figure is drawn for.
 */
record SheetRow(String heading, List<Cell> cells) {
    /** The order in which a row shows the phase kinds. */
    private static final List<PhaseKind> ORDER = List.of(
            PhaseKind.PREPARE,
            PhaseKind.BREATHE,
            PhaseKind.PRESS,
            PhaseKind.HOLD,
            PhaseKind.MOVE,
            PhaseKind.RELEASE,
            PhaseKind.RELAX,
            PhaseKind.SWITCH_SIDE);

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** One still: what phase it is, the cue, and the drawing (none when the exercise has no figure). */
    record Cell(String label, String cue, @Nullable String svg) {}

    static SheetRow of(Exercise exercise, Catalogue catalogue, Texts t) {
        Figure figure = exercise.figure();
        if (figure == null) {
            return new SheetRow(exercise.name(), List.of(new Cell("", t.get("figures.noFigure"), null)));
        }
        @Nullable
        Side side = exercise.isSided() ? Optional.ofNullable(figure.drawn()).orElse(Side.RIGHT) : null;
        List<Cell> cells = new ArrayList<>();
        if (!exercise.isTimed()) {
            cells.add(new Cell(kindWords(t, figure.key()), "", FigureSvg.render(exercise, figure.keyPose())));
        }
        for (PhaseKind kind : ORDER) {
            if (!exercise.phaseKinds().contains(kind)) {
                continue;
            }
            if (kind == PhaseKind.MOVE) {
                addMoves(cells, exercise, figure, catalogue, side, t);
                continue;
            }
            Pose pose = figure.poseFor(kind, side).orElseThrow();
            String cue = exercise.cueFor(kind, side)
                    .orElseGet(() -> catalogue.phaseCues().cueFor(kind, side));
            cells.add(new Cell(kindWords(t, kind), cue, FigureSvg.render(exercise, pose)));
        }
        return new SheetRow(exercise.name(), cells);
    }

    private static void addMoves(
            List<Cell> cells, Exercise exercise, Figure figure, Catalogue catalogue, @Nullable Side side, Texts t) {
        int steps = exercise.moveSteps();
        for (int step = 0; step < steps; step++) {
            Movement movement = figure.movementFor(step, side).orElseThrow();
            String cue = exercise.moveCue(step, side)
                    .orElseGet(() -> catalogue.phaseCues().cueFor(PhaseKind.MOVE, side));
            List<Pose> cycle = movement.cycle();
            String label = steps == 1 ? kindWords(t, PhaseKind.MOVE) : t.get("figures.step", "step", step + 1);
            for (int key = 0; key < cycle.size(); key++) {
                cells.add(new Cell(
                        t.get("figures.key", "phase", label, "key", key + 1, "keys", cycle.size()),
                        cue,
                        FigureSvg.render(exercise, cycle.get(key))));
            }
        }
    }

    private static String kindWords(Texts t, PhaseKind kind) {
        return t.get("figures.kind." + kind.name());
    }
}
