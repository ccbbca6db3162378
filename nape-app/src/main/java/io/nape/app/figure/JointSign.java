package io.nape.app.figure;

import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.View;

/**
 * How one joint shows in one view: its map and the factor {@code k} that turns the anatomical angle
 * into screen units (degrees clockwise for a turn, user units for a shift, the stretch per degree).
 *
 * <p>The signs follow the screen: y grows downwards, so a positive turn is clockwise. The front view
 * shows the figure's right on the left, behind shows it on the right, and the side view faces +x,
 * which puts the figure's right side nearest the viewer.
 */
record JointSign(JointMap map, double k) {
    private static final JointSign HIDDEN = new JointSign(JointMap.NONE, 0);

    static JointSign of(View view, Position position, Joint joint) {
        switch (joint) {
            case TORSO:
            case NECK:
            case HEAD:
                // Towards the right: screen left from the front; forwards from the side is +x.
                return new JointSign(JointMap.ROTATE, view == View.FRONT ? -1 : 1);
            case TURN:
                // The face (or, from behind, the middle of the back of the head) slides away from its middle.
                return view == View.SIDE ? HIDDEN : new JointSign(JointMap.X, -0.1);
            case GAZE:
                return view == View.FRONT ? new JointSign(JointMap.X, -0.04) : HIDDEN;
            case GAZE_UP:
                return view == View.BEHIND ? HIDDEN : new JointSign(JointMap.Y, -0.03);
            case EYES:
                return view == View.BEHIND ? HIDDEN : new JointSign(JointMap.SCALE_Y, -0.01);
            case JAW:
                return view == View.BEHIND ? HIDDEN : new JointSign(JointMap.SCALE_Y, 0.15);
            case LEFT_SHRUG:
            case RIGHT_SHRUG:
                return new JointSign(JointMap.Y, -0.25);
            case LEFT_SHOULDER:
            case RIGHT_SHOULDER:
            case LEFT_ELBOW:
            case RIGHT_ELBOW:
            case LEFT_WRIST:
            case RIGHT_WRIST:
                // A limb hanging down turns outwards (or forwards) against the side's screen direction.
                return new JointSign(JointMap.ROTATE, view == View.SIDE ? -1 : -sideX(view, joint));
            case LEFT_HIP:
            case RIGHT_HIP:
                if (view == View.SIDE) {
                    return new JointSign(JointMap.ROTATE, -1);
                }
                return seated(position) ? HIDDEN : new JointSign(JointMap.ROTATE, -sideX(view, joint));
            case LEFT_KNEE:
            case RIGHT_KNEE:
            default:
                // Seen from the front or behind, a knee bends towards or away from the viewer.
                return view == View.SIDE ? new JointSign(JointMap.ROTATE, 1) : HIDDEN;
        }
    }

    /** Where a side's limbs lie on screen from the middle: -1 left, +1 right, 0 in the side view. */
    static int sideX(View view, Joint joint) {
        if (view == View.SIDE) {
            return 0;
        }
        boolean right = joint.key().startsWith("r-");
        return (view == View.FRONT) == right ? -1 : 1;
    }

    /** Whether the thighs are drawn foreshortened, fixed, when seen from the front or behind. */
    static boolean seated(Position position) {
        return position == Position.SITTING || position == Position.FLOOR_SITTING || position == Position.ANY;
    }
}
