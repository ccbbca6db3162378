package io.nape.app.figure;

import io.nape.core.catalogue.Prop;
import io.nape.core.catalogue.View;
import java.util.List;

/**
 * Draw the things beside the figure: the chair, wall and mat stay where they are, in one group
 * drawn first; a towel or dumbbell is drawn in each hand's group, so that it moves with the hand.
 */
final class FigureProps {
    private static final String SCENERY =
            "class=\"props\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\""
                    + " opacity=\".55\"";

    private FigureProps() {}

    /** The props that stay, in the figure's own coordinates. */
    static void scenery(SvgWriter svg, Placement placement, List<Prop> props) {
        boolean side = svg.view() == View.SIDE;
        double floor = placement.floor();
        svg.group(SCENERY, () -> {
            if (props.contains(Prop.WALL)) {
                wall(svg, side, floor, (6 - placement.y()) / placement.scale());
            }
            if (props.contains(Prop.CHAIR)) {
                chair(svg, side, floor);
            }
            if (props.contains(Prop.MAT)) {
                if (placement.lying()) {
                    svg.line("stroke-width=\"4\"", -10, -84, -10, 86);
                } else {
                    svg.line("stroke-width=\"4\"", -70, floor + 2, 70, floor + 2);
                }
            }
        });
    }

    private static void wall(SvgWriter svg, boolean side, double floor, double top) {
        if (side) {
            StringBuilder hatches = new StringBuilder();
            for (double y = top + 8; y < floor; y += 16) {
                hatches.append("M-14 ").append(SvgNumbers.of(y)).append("l-6 6");
            }
            svg.line("", -14, top, -14, floor);
            svg.path("stroke-width=\"1\"", hatches.toString());
        } else {
            svg.path("stroke-width=\"1.5\"", false, -56, floor, -56, top, 56, top, 56, floor);
            svg.line("stroke-width=\"1.5\"", -90, floor, 90, floor);
        }
    }

    private static void chair(SvgWriter svg, boolean side, double floor) {
        if (side) {
            svg.line("stroke-width=\"4\"", -14, 8, 22, 8);
            svg.path("", false, -12, floor, -12, 8, -16, -40);
            svg.line("", 20, 8, 20, floor);
        } else {
            svg.path("", false, -22, 7, -22, -36, 22, -36, 22, 7);
            svg.line("stroke-width=\"4\"", -25, 7, 25, 7);
            svg.path("", "M-23 7L-23 " + SvgNumbers.of(floor) + "M23 7L23 " + SvgNumbers.of(floor));
        }
    }

    /** A towel or dumbbell held in one hand, x y the middle of the hand, sx its side's direction. */
    static void inHand(SvgWriter svg, List<Prop> props, double x, double y, int sx) {
        boolean towel = props.contains(Prop.TOWEL);
        boolean dumbbell = props.contains(Prop.DUMBBELL);
        if (!towel && !dumbbell) {
            return;
        }
        svg.group("class=\"props\" stroke-width=\"2.5\"", () -> {
            if (towel) {
                if (sx == 0) {
                    svg.line("stroke-width=\"5\" opacity=\".45\"", x, y, x, y + 14);
                } else {
                    svg.line("stroke-width=\"5\" opacity=\".45\"", x, y, x - 15 * sx, y);
                }
            }
            if (dumbbell) {
                if (sx == 0) {
                    svg.circle("", x, y, 5);
                } else {
                    svg.line("", x - 6, y, x + 6, y);
                    svg.path(
                            "stroke-width=\"3.5\"",
                            "M" + SvgNumbers.of(x - 6) + " " + SvgNumbers.of(y - 4) + "l0 8M" + SvgNumbers.of(x + 6)
                                    + " " + SvgNumbers.of(y - 4) + "l0 8");
                }
            }
        });
    }
}
