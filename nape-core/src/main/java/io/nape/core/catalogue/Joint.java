package io.nape.core.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * Name one joint of the figure, with the range of its angle in degrees and what a mirror does to
 * it. Angles are anatomical, so that the same numbers read the same on either side:
 *
 * <ul>
 *   <li>{@code torso}: seen from the front or behind, a bend towards the figure's right; from the
 *       side, a lean forward (a negative angle leans back).
 *   <li>{@code neck}: from the front or behind, a tilt of the head towards the right shoulder; from
 *       the side, the chin towards the chest (negative: the head back).
 *   <li>{@code head}: the same as {@code neck}, at the top of the neck (a nod or a small tilt).
 *   <li>{@code turn}: the face turned towards the figure's right; {@code gaze} the eyes towards the
 *       right, {@code gaze-up} the eyes up; {@code eyes} how far they are shut (0 open, 100 shut);
 *       {@code jaw} how far the mouth is open.
 *   <li>{@code shrug}: the shoulder drawn up towards the ear.
 *   <li>{@code shoulder}: the upper arm from hanging down; from the front or behind, outwards and
 *       up (90 out to the side, 180 straight up, negative across the body); from the side,
 *       forwards and up (negative: back).
 *   <li>{@code elbow}: the forearm folding on from the upper arm, in the same direction.
 *   <li>{@code wrist}: the hand bent on from the forearm.
 *   <li>{@code hip}: the thigh from hanging down; from the front or behind, outwards; from the
 *       side, forwards (90 for sitting). {@code knee}: the shin folding back from the thigh.
 * </ul>
 */
public enum Joint {
    TORSO(-45, 135, Mirror.NEGATE),
    NECK(-60, 70, Mirror.NEGATE),
    HEAD(-30, 30, Mirror.NEGATE),
    TURN(-80, 80, Mirror.NEGATE),
    GAZE(-40, 40, Mirror.NEGATE),
    GAZE_UP(-30, 30, Mirror.KEEP),
    EYES(0, 100, Mirror.KEEP),
    JAW(0, 30, Mirror.KEEP),
    LEFT_SHRUG(0, 30, Mirror.SWAP),
    RIGHT_SHRUG(0, 30, Mirror.SWAP),
    LEFT_SHOULDER(-60, 180, Mirror.SWAP),
    RIGHT_SHOULDER(-60, 180, Mirror.SWAP),
    LEFT_ELBOW(0, 160, Mirror.SWAP),
    RIGHT_ELBOW(0, 160, Mirror.SWAP),
    LEFT_WRIST(-80, 80, Mirror.SWAP),
    RIGHT_WRIST(-80, 80, Mirror.SWAP),
    LEFT_HIP(-30, 140, Mirror.SWAP),
    RIGHT_HIP(-30, 140, Mirror.SWAP),
    LEFT_KNEE(0, 160, Mirror.SWAP),
    RIGHT_KNEE(0, 160, Mirror.SWAP);

    /** What the mirror image of a pose does to a joint. */
    enum Mirror {
        /** A joint of the middle whose angle is towards a side: its sign turns. */
        NEGATE,
        /** A joint of the middle with no side: it stays. */
        KEEP,
        /** A joint of one side: it takes the angle of the same joint of the other side. */
        SWAP
    }

    private final int min;
    private final int max;
    private final Mirror mirror;

    Joint(int min, int max, Mirror mirror) {
        this.min = min;
        this.max = max;
        this.mirror = mirror;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean allows(double angle) {
        return angle >= min && angle <= max;
    }

    /** The name in data files: {@code r-shoulder}, {@code gaze-up}. */
    public String key() {
        String lower = name().toLowerCase(Locale.ROOT);
        if (lower.startsWith("left_")) {
            return "l-" + lower.substring(5);
        }
        if (lower.startsWith("right_")) {
            return "r-" + lower.substring(6);
        }
        return lower.replace('_', '-');
    }

    public static Optional<Joint> ofKey(String key) {
        for (Joint joint : values()) {
            if (joint.key().equals(key)) {
                return Optional.of(joint);
            }
        }
        return Optional.empty();
    }

    /** The joint that holds this one's angle in the mirror image: itself, or its other side. */
    public Joint mirrored() {
        if (mirror != Mirror.SWAP) {
            return this;
        }
        String name = name();
        return valueOf(name.startsWith("LEFT_") ? "RIGHT_" + name.substring(5) : "LEFT_" + name.substring(6));
    }

    double mirrorAngle(double angle) {
        return mirror == Mirror.NEGATE && angle != 0 ? -angle : angle;
    }
}
