package io.nape.app.figure;

/**
 * How a joint's angle moves its group on screen, as the page reads {@code data-map}: a turn about
 * the pivot, a shift along x or y, a stretch along y about the pivot, or nothing in this view.
 */
enum JointMap {
    ROTATE("rotate"),
    X("x"),
    Y("y"),
    SCALE_Y("scale-y"),
    NONE("none");

    /** The smallest stretch, so that a shut eye stays a line. */
    static final double MIN_SCALE = 0.05;

    private final String key;

    JointMap(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The transform of the group at this angle, empty when the view does not show the joint. */
    String transform(double k, double x, double y, double angle) {
        double amount = k * angle;
        switch (this) {
            case ROTATE:
                return "rotate(" + SvgNumbers.of(amount) + " " + SvgNumbers.of(x) + " " + SvgNumbers.of(y) + ")";
            case X:
                return "translate(" + SvgNumbers.of(amount) + " 0)";
            case Y:
                return "translate(0 " + SvgNumbers.of(amount) + ")";
            case SCALE_Y:
                return "translate(" + SvgNumbers.of(x) + " " + SvgNumbers.of(y) + ") scale(1 "
                        + SvgNumbers.of(Math.max(MIN_SCALE, 1 + amount)) + ") translate(" + SvgNumbers.of(-x) + " "
                        + SvgNumbers.of(-y) + ")";
            case NONE:
            default:
                return "";
        }
    }
}
