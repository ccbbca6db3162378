package io.nape.app.figure;

import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.Prop;
import io.nape.core.catalogue.View;
import java.util.List;

/**
 * Draw the figure seen from the front or from behind. Each side's limbs are drawn once with x
 * times the side's screen direction; seated, the thighs come towards the viewer and are drawn
 * short, fixed.
 */
final class FrontDrawing {
    static final String BODY = "fill=\"currentColor\" fill-opacity=\".12\" stroke-width=\"2.5\"";
    static final String FINE = "stroke-width=\"1.2\"";

    private FrontDrawing() {}

    static void draw(SvgWriter svg, List<Prop> props) {
        leg(svg, Joint.RIGHT_HIP, Joint.RIGHT_KNEE);
        leg(svg, Joint.LEFT_HIP, Joint.LEFT_KNEE);
        svg.path(BODY, true, -11, -1, 11, -1, 12, 6, -12, 6);
        svg.joint(Joint.TORSO, 0, 0, () -> {
            svg.path(BODY, true, -18, -42, 18, -42, 11, 0, -11, 0);
            if (svg.view() == View.BEHIND) {
                svg.line(FINE, 0, -38, 0, -4);
            }
            svg.joint(Joint.NECK, 0, -42, () -> {
                svg.line("", 0, -42, 0, -50);
                svg.joint(Joint.HEAD, 0, -50, () -> head(svg));
            });
            arm(svg, props, Joint.RIGHT_SHRUG, Joint.RIGHT_SHOULDER, Joint.RIGHT_ELBOW, Joint.RIGHT_WRIST);
            arm(svg, props, Joint.LEFT_SHRUG, Joint.LEFT_SHOULDER, Joint.LEFT_ELBOW, Joint.LEFT_WRIST);
        });
    }

    private static void leg(SvgWriter svg, Joint hip, Joint knee) {
        int sx = JointSign.sideX(svg.view(), hip);
        double[] shape = legShape(svg.position());
        svg.joint(hip, 8 * sx, 3, () -> {
            svg.line("", 8 * sx, 3, shape[0] * sx, shape[1]);
            svg.joint(knee, shape[0] * sx, shape[1], () -> {
                svg.line("", shape[0] * sx, shape[1], shape[2] * sx, shape[3]);
                if (shape[4] != shape[2] || shape[5] != shape[3]) {
                    svg.line("stroke-width=\"4\"", shape[2] * sx, shape[3], shape[4] * sx, shape[5]);
                }
            });
        });
    }

    /** The knee, ankle and toe of the figure's own side of the legs, x outwards from the middle. */
    private static double[] legShape(Position position) {
        switch (position) {
            case SITTING:
            case ANY:
                return new double[] {11, 10, 11, 42, 16, 44};
            case FLOOR_SITTING:
                return new double[] {27, 9, 7, 13, 3, 13};
            case KNEELING:
                return new double[] {10, 40, 10, 44, 10, 44};
            case STANDING:
            case LYING:
            default:
                return new double[] {9, 40, 9, 76, 15, 78};
        }
    }

    private static void arm(SvgWriter svg, List<Prop> props, Joint shrug, Joint shoulder, Joint elbow, Joint wrist) {
        int sx = JointSign.sideX(svg.view(), shoulder);
        svg.joint(shrug, 19 * sx, -41, () -> {
            svg.line("stroke-width=\"4\"", 7 * sx, -42, 19 * sx, -41);
            svg.joint(shoulder, 19 * sx, -41, () -> {
                svg.line("", 19 * sx, -41, 20 * sx, -15);
                svg.joint(elbow, 20 * sx, -15, () -> {
                    svg.line("", 20 * sx, -15, 21 * sx, 9);
                    svg.joint(wrist, 21 * sx, 9, () -> {
                        svg.line("stroke-width=\"6\"", 21 * sx, 11, 21.5 * sx, 15);
                        FigureProps.inHand(svg, props, 21.25 * sx, 14, sx);
                    });
                });
            });
        });
    }

    private static void head(SvgWriter svg) {
        boolean behind = svg.view() == View.BEHIND;
        svg.circle("stroke-width=\"2.5\"", 0, -62, 12);
        if (behind) {
            svg.path(
                    "fill=\"currentColor\" fill-opacity=\".35\" stroke=\"none\"",
                    "M-12 -62A12 12 0 0 1 12 -62Q0 -56 -12 -62Z");
            svg.path("stroke-width=\"2\"", "M-12 -65q-3 3 0 7M12 -65q3 3 0 7");
        }
        svg.joint(Joint.TURN, 0, -62, () -> {
            if (behind) {
                svg.line(FINE, 0, -73, 0, -61);
            } else {
                svg.path(FINE, "M-7.5 -68.5L-2.5 -69M2.5 -69L7.5 -68.5M0 -63L-1.5 -58.5L1 -58.3");
            }
            svg.joint(Joint.EYES, 0, -64, () -> {
                if (!behind) {
                    String outline = FINE + " vector-effect=\"non-scaling-stroke\"";
                    svg.ellipse(outline, -4.5, -64, 2.8, 2);
                    svg.ellipse(outline, 4.5, -64, 2.8, 2);
                }
                svg.joint(
                        Joint.GAZE,
                        0,
                        -64,
                        () -> svg.joint(Joint.GAZE_UP, 0, -64, () -> {
                            if (!behind) {
                                svg.circle("fill=\"currentColor\" stroke=\"none\"", -4.5, -64, 1.3);
                                svg.circle("fill=\"currentColor\" stroke=\"none\"", 4.5, -64, 1.3);
                            }
                        }));
            });
            svg.joint(Joint.JAW, 0, -55, () -> {
                if (!behind) {
                    svg.ellipse("fill=\"currentColor\" " + FINE, 0, -55, 3.2, 0.7);
                }
            });
        });
    }
}
