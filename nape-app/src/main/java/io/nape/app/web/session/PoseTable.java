package io.nape.app.web.session;

import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The poses a timeline's figures take, each listed once, so that phases name them by index: the
 * browser player eases from one to the next and plays a movement's cycle through them.
 */
final class PoseTable {
    private final Map<Pose, Integer> indexes = new LinkedHashMap<>();

    /** The pose a phase holds, or for a MOVE phase its still pose (key 1 of its cycle); null without a figure. */
    @Nullable
    Integer poseOf(@Nullable Figure figure, PhaseKind kind, int step, @Nullable Side side) {
        if (figure == null) {
            return null;
        }
        if (kind == PhaseKind.MOVE) {
            return figure.movementFor(step, side)
                    .map(movement -> index(movement.keyPose()))
                    .orElse(null);
        }
        return figure.poseFor(kind, side).map(this::index).orElse(null);
    }

    /** The key poses of a MOVE phase's cycle in order, or null for any other phase or without a figure. */
    @Nullable
    List<Integer> cycleOf(@Nullable Figure figure, PhaseKind kind, int step, @Nullable Side side) {
        if (figure == null || kind != PhaseKind.MOVE) {
            return null;
        }
        Movement movement = figure.movementFor(step, side).orElse(null);
        if (movement == null) {
            return null;
        }
        List<Integer> cycle = new ArrayList<>();
        for (Pose pose : movement.cycle()) {
            cycle.add(index(pose));
        }
        return cycle;
    }

    /** Every pose in the order first met: each joint's key with its angle in degrees. */
    List<Map<String, Double>> poses() {
        List<Map<String, Double>> all = new ArrayList<>();
        for (Pose pose : indexes.keySet()) {
            Map<String, Double> angles = new LinkedHashMap<>();
            for (Joint joint : Joint.values()) {
                angles.put(joint.key(), pose.angle(joint));
            }
            all.add(angles);
        }
        return all;
    }

    private int index(Pose pose) {
        return indexes.computeIfAbsent(pose, added -> indexes.size());
    }
}
