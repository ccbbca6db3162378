package io.nape.app.figure;

import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.View;

/**
 * Where the figure is in the 200 by 200 picture: the middle of its hips at x y, drawn at a scale
 * that fills the picture in its position (arms raised still fit), the floor at {@code floor} below
 * the hips in the figure's own units, and whether it lies on its back, head to the left, which
 * turns the whole figure a quarter to the left.
 */
record Placement(double x, double y, double scale, double floor, boolean lying) {
    static Placement of(View view, Position position) {
        boolean side = view == View.SIDE;
        switch (position) {
            case STANDING:
                return new Placement(side ? 94 : 100, 112, 1, 79, false);
            case KNEELING:
                return new Placement(side ? 110 : 100, 137, 1.2, side ? 43 : 44, false);
            case FLOOR_SITTING:
                return new Placement(side ? 78 : 100, 172, 1.3, side ? 8 : 14, false);
            case LYING:
                return new Placement(side ? 104 : 100, 150, 1.15, 10, true);
            case SITTING:
            case ANY:
            default:
                return new Placement(side ? 82 : 100, 133, 1.25, side ? 46 : 45, false);
        }
    }

    /** The transform that puts the figure's own coordinates in the picture. */
    String transform() {
        return "translate(" + SvgNumbers.of(x) + " " + SvgNumbers.of(y) + ")"
                + (scale == 1 ? "" : " scale(" + SvgNumbers.of(scale) + ")")
                + (lying ? " rotate(-90)" : "");
    }
}
