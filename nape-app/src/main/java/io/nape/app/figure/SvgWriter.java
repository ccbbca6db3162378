package io.nape.app.figure;

import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.View;

/**
 * Build the figure's SVG text: plain shapes in the figure's own coordinates (the middle of the hips
 * at 0 0, all joints at 0), and the joint groups of the contract, each posed by its transform.
 */
final class SvgWriter {
    private final StringBuilder out = new StringBuilder(5000);
    private final View view;
    private final Position position;
    private final Pose pose;

    SvgWriter(View view, Position position, Pose pose) {
        this.view = view;
        this.position = position;
        this.pose = pose;
    }

    View view() {
        return view;
    }

    Position position() {
        return position;
    }

    SvgWriter raw(String text) {
        out.append(text);
        return this;
    }

    /** One joint's group, pivoting at x y, holding what the body draws. */
    void joint(Joint joint, double x, double y, Runnable body) {
        JointSign sign = JointSign.of(view, position, joint);
        double angle = pose.angle(joint);
        out.append("<g data-joint=\"")
                .append(joint.key())
                .append("\" data-map=\"")
                .append(sign.map().key())
                .append("\" data-k=\"")
                .append(SvgNumbers.of(sign.k()))
                .append("\" data-pivot=\"")
                .append(SvgNumbers.of(x))
                .append(' ')
                .append(SvgNumbers.of(y))
                .append("\" data-angle=\"")
                .append(SvgNumbers.of(angle))
                .append('"');
        String transform = sign.map().transform(sign.k(), x, y, angle);
        if (!transform.isEmpty()) {
            out.append(" transform=\"").append(transform).append('"');
        }
        out.append('>');
        body.run();
        out.append("</g>");
    }

    /** A plain group with presentation attributes, such as {@code stroke-width="3"}. */
    void group(String attributes, Runnable body) {
        out.append("<g ").append(attributes).append('>');
        body.run();
        out.append("</g>");
    }

    /** A path through the points, x y pairs; closed when asked. */
    void path(String attributes, boolean closed, double... points) {
        out.append("<path d=\"");
        for (int i = 0; i < points.length; i += 2) {
            out.append(i == 0 ? 'M' : 'L')
                    .append(SvgNumbers.of(points[i]))
                    .append(' ')
                    .append(SvgNumbers.of(points[i + 1]));
        }
        out.append(closed ? "Z\"" : "\"");
        attributes(attributes);
        out.append("/>");
    }

    /** A path from its own path data. */
    void path(String attributes, String data) {
        out.append("<path d=\"").append(data).append('"');
        attributes(attributes);
        out.append("/>");
    }

    void line(String attributes, double x1, double y1, double x2, double y2) {
        path(attributes, false, x1, y1, x2, y2);
    }

    void circle(String attributes, double cx, double cy, double r) {
        out.append("<circle cx=\"")
                .append(SvgNumbers.of(cx))
                .append("\" cy=\"")
                .append(SvgNumbers.of(cy))
                .append("\" r=\"")
                .append(SvgNumbers.of(r))
                .append('"');
        attributes(attributes);
        out.append("/>");
    }

    void ellipse(String attributes, double cx, double cy, double rx, double ry) {
        out.append("<ellipse cx=\"")
                .append(SvgNumbers.of(cx))
                .append("\" cy=\"")
                .append(SvgNumbers.of(cy))
                .append("\" rx=\"")
                .append(SvgNumbers.of(rx))
                .append("\" ry=\"")
                .append(SvgNumbers.of(ry))
                .append('"');
        attributes(attributes);
        out.append("/>");
    }

    private void attributes(String attributes) {
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
    }

    String text() {
        return out.toString();
    }
}
