package io.nape.core.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hold how one exercise is drawn: the view, the props, a pose for each phase kind its timelines
 * use, and for {@code MOVE} one movement per step of its sequence (or one for the whole phase).
 *
 * <p>A sided exercise is posed for one side ({@code drawn}); the other side is the mirror image,
 * which is why a sided exercise is seen from the front or from behind.
 *
 * @param key the phase kind whose pose is the still drawing
 */
public record Figure(
        View view,
        List<Prop> props,
        @Nullable Side drawn,
        PhaseKind key,
        Map<PhaseKind, Pose> poses,
        List<Movement> moves) {
    public Figure {
        props = List.copyOf(props);
        poses = poses.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(poses));
        moves = List.copyOf(moves);
        if (poses.containsKey(PhaseKind.MOVE)) {
            throw new IllegalArgumentException("a MOVE phase is drawn by its movements, not by one pose");
        }
        if (drawn != null && view == View.SIDE) {
            throw new IllegalArgumentException(
                    "a sided exercise is seen from the front or from behind, so that its other side is its mirror image");
        }
        if (key == PhaseKind.MOVE ? moves.isEmpty() : !poses.containsKey(key)) {
            throw new IllegalArgumentException("the key pose '" + key + "' has no pose");
        }
    }

    /** Whether this figure has a pose (or, for MOVE, a movement) for a phase kind. */
    public boolean covers(PhaseKind kind) {
        return kind == PhaseKind.MOVE ? !moves.isEmpty() : kind == PhaseKind.REST || poses.containsKey(kind);
    }

    /**
     * The pose of a phase kind on a side (the mirror image when it is not the side drawn). A rest
     * shows the prepare pose of the exercise it leads into, or the key pose.
     */
    public Optional<Pose> poseFor(PhaseKind kind, @Nullable Side side) {
        Pose pose = poses.get(kind);
        if (pose == null && kind == PhaseKind.REST) {
            pose = poses.getOrDefault(PhaseKind.PREPARE, keyPose());
        }
        if (pose == null) {
            return Optional.empty();
        }
        return Optional.of(mirrors(side) ? pose.mirrored() : pose);
    }

    /** The movement of one step of a MOVE phase (the last one when there are fewer), on a side. */
    public Optional<Movement> movementFor(int step, @Nullable Side side) {
        if (moves.isEmpty()) {
            return Optional.empty();
        }
        Movement movement = moves.get(Math.min(step, moves.size() - 1));
        return Optional.of(mirrors(side) ? movement.mirrored() : movement);
    }

    /** The still drawing's pose, on the side drawn. */
    public Pose keyPose() {
        if (key == PhaseKind.MOVE) {
            return moves.get(0).keyPose();
        }
        return java.util.Objects.requireNonNull(poses.get(key));
    }

    private boolean mirrors(@Nullable Side side) {
        return drawn != null && side != null && side != drawn;
    }
}
