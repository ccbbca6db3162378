package io.nape.app.figure;

import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Prop;
import java.util.List;

/**
 * Draw the figure in profile, facing +x: the right side is the near one. The far limbs are drawn
 * first, thinner and fainter, a little behind, so that a pose with both sides alike still shows two.
 */
final class SideDrawing {
    private static final String FAR = "stroke-width=\"3.5\" opacity=\".5\"";

    private SideDrawing() {}

    static void draw(SvgWriter svg, List<Prop> props) {
        svg.group(FAR, () -> leg(svg, Joint.LEFT_HIP, Joint.LEFT_KNEE, 4, -1));
        svg.path(FrontDrawing.BODY, true, -10, -1, 9, -1, 9, 6, -10, 6);
        leg(svg, Joint.RIGHT_HIP, Joint.RIGHT_KNEE, 0, 0);
        svg.joint(Joint.TORSO, 0, 0, () -> {
            svg.group(
                    FAR,
                    () -> arm(
                            svg,
                            props,
                            Joint.LEFT_SHRUG,
                            Joint.LEFT_SHOULDER,
                            Joint.LEFT_ELBOW,
                            Joint.LEFT_WRIST,
                            3,
                            -1));
            svg.path(
                    FrontDrawing.BODY,
                    "M-10 -42Q0 -46 8 -41Q13 -30 10 -18Q8 -8 9 0L-10 0Q-13 -12 -11 -24Q-13 -34 -10 -42Z");
            svg.joint(Joint.NECK, 0, -42, () -> {
                svg.line("", 1, -42, 1.5, -50);
                svg.joint(Joint.HEAD, 1.5, -50, () -> head(svg));
            });
            arm(svg, props, Joint.RIGHT_SHRUG, Joint.RIGHT_SHOULDER, Joint.RIGHT_ELBOW, Joint.RIGHT_WRIST, 0, 0);
        });
    }

    private static void leg(SvgWriter svg, Joint hip, Joint knee, double dx, double dy) {
        svg.joint(hip, dx, 2 + dy, () -> {
            svg.line("", dx, 2 + dy, dx, 40 + dy);
            svg.joint(knee, dx, 40 + dy, () -> {
                svg.line("", dx, 40 + dy, dx, 76 + dy);
                svg.line("stroke-width=\"4\"", dx, 77 + dy, 10 + dx, 78 + dy);
            });
        });
    }

    private static void arm(
            SvgWriter svg,
            List<Prop> props,
            Joint shrug,
            Joint shoulder,
            Joint elbow,
            Joint wrist,
            double dx,
            double dy) {
        svg.joint(
                shrug,
                dx,
                -40 + dy,
                () -> svg.joint(shoulder, dx, -40 + dy, () -> {
                    svg.line("", dx, -40 + dy, dx, -15 + dy);
                    svg.joint(elbow, dx, -15 + dy, () -> {
                        svg.line("", dx, -15 + dy, dx, 9 + dy);
                        svg.joint(wrist, dx, 9 + dy, () -> {
                            svg.line("stroke-width=\"6\"", dx, 11 + dy, 1 + dx, 15 + dy);
                            FigureProps.inHand(svg, props, 0.5 + dx, 14 + dy, 0);
                        });
                    });
                }));
    }

    private static void head(SvgWriter svg) {
        svg.circle("stroke-width=\"2.5\"", 1.5, -62, 12);
        svg.path("stroke-width=\"1.5\"", "M-1 -64.5q-2.5 2.5 0 5");
        svg.joint(Joint.TURN, 1.5, -62, () -> {
            svg.path(FrontDrawing.FINE, "M5 -67.5L10.5 -67M13.5 -64L16.5 -58.5L13.5 -58");
            svg.joint(Joint.EYES, 8.5, -63, () -> {
                svg.ellipse(FrontDrawing.FINE + " vector-effect=\"non-scaling-stroke\"", 8.5, -63, 2.2, 1.8);
                svg.joint(
                        Joint.GAZE,
                        8.5,
                        -63,
                        () -> svg.joint(
                                Joint.GAZE_UP,
                                8.5,
                                -63,
                                () -> svg.circle("fill=\"currentColor\" stroke=\"none\"", 9.5, -63, 1.1)));
            });
            svg.joint(
                    Joint.JAW,
                    10,
                    -55,
                    () -> svg.ellipse("fill=\"currentColor\" " + FrontDrawing.FINE, 10, -55, 2.2, 0.7));
        });
    }
}
