package io.nape.core.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hold the figure's angle at every joint, in degrees, each within its joint's range.
 *
 * <p>The base pose of a starting position is where every pose of an exercise starts from: upright
 * with the arms down, the hips and knees bent for sitting, the legs folded under for kneeling, the
 * body along the floor for lying.
 */
public final class Pose {
    private final EnumMap<Joint, Double> angles;

    private Pose(EnumMap<Joint, Double> angles) {
        this.angles = angles;
    }

    /** A pose of the given angles, every other joint at 0; an angle out of its range is refused. */
    public static Pose of(Map<Joint, ? extends Number> given) {
        EnumMap<Joint, Double> angles = new EnumMap<>(Joint.class);
        for (Joint joint : Joint.values()) {
            Number value = given.get(joint);
            double angle = value == null ? 0 : value.doubleValue();
            if (!joint.allows(angle)) {
                throw new IllegalArgumentException(joint.key() + " must be " + joint.min() + " to " + joint.max()
                        + " degrees, was " + format(angle));
            }
            angles.put(joint, angle);
        }
        return new Pose(angles);
    }

    /** Where every pose of an exercise in this position starts from. */
    public static Pose base(Position position) {
        EnumMap<Joint, Double> angles = new EnumMap<>(Joint.class);
        switch (position) {
            case SITTING:
            case FLOOR_SITTING:
            case ANY:
                both(angles, Joint.LEFT_HIP, Joint.RIGHT_HIP, 90);
                both(angles, Joint.LEFT_KNEE, Joint.RIGHT_KNEE, position == Position.FLOOR_SITTING ? 130 : 90);
                break;
            case KNEELING:
                both(angles, Joint.LEFT_KNEE, Joint.RIGHT_KNEE, 90);
                break;
            case STANDING:
            case LYING:
            default:
                break;
        }
        return of(angles);
    }

    private static void both(Map<Joint, Double> angles, Joint left, Joint right, double angle) {
        angles.put(left, angle);
        angles.put(right, angle);
    }

    public double angle(Joint joint) {
        return Objects.requireNonNull(angles.get(joint));
    }

    /** Every joint's angle, in the order of {@link Joint}. */
    public Map<Joint, Double> angles() {
        return java.util.Collections.unmodifiableMap(angles);
    }

    /** This pose with some angles changed. */
    public Pose with(Map<Joint, ? extends Number> changes) {
        EnumMap<Joint, Double> next = new EnumMap<>(angles);
        changes.forEach((joint, angle) -> next.put(joint, angle.doubleValue()));
        return of(next);
    }

    /** The mirror image: each side takes the other side's angles, and towards-a-side angles turn. */
    public Pose mirrored() {
        EnumMap<Joint, Double> next = new EnumMap<>(Joint.class);
        for (Joint joint : Joint.values()) {
            next.put(joint.mirrored(), joint.mirrorAngle(angle(joint)));
        }
        return new Pose(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pose && ((Pose) other).angles.equals(angles);
    }

    @Override
    public int hashCode() {
        return angles.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        angles.forEach((joint, angle) -> {
            if (angle != 0) {
                text.append(text.length() > 1 ? ", " : "")
                        .append(joint.key())
                        .append(": ")
                        .append(format(angle));
            }
        });
        return text.append('}').toString();
    }

    private static String format(double angle) {
        return angle == Math.rint(angle) ? String.valueOf((long) angle) : String.valueOf(angle);
    }
}
