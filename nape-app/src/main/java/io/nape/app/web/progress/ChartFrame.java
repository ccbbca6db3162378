package io.nape.app.web.progress;

import java.util.Locale;

/**
 * Draw the frame both charts share: a 420 × 240 view box (near life size on a phone), a plot area with a left axis of whole
 * numbers and labels under the x axis. Every value is printed as text too, so the charts read
 * without colour; the SVG has a title and description, and a table beside it holds the numbers.
 */
final class ChartFrame {
    static final int WIDTH = 420;
    static final int HEIGHT = 240;
    static final int LEFT = 30;
    static final int RIGHT = 10;
    static final int TOP = 24;
    static final int BOTTOM = 36;

    private final StringBuilder svg = new StringBuilder();
    private final double maxValue;

    ChartFrame(String id, String title, String description, double maxValue) {
        this.maxValue = maxValue;
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" id=\"")
                .append(id)
                .append("\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / maxValue);
    }

    ChartFrame axis(int step, String unit) {
        for (int value = 0; value <= maxValue; value += step) {
            double y = y(value);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, value == 0 ? "axis" : "grid"));
            svg.append(text(LEFT - 5, y + 4, "end", "tick", Integer.toString(value)));
        }
        svg.append(text(4, TOP - 8, "start", "unit", unit));
        return this;
    }

    ChartFrame xLabel(double x, String label) {
        svg.append(text(x, HEIGHT - BOTTOM + 16, "middle", "tick", label));
        return this;
    }

    ChartFrame raw(String element) {
        svg.append(element);
        return this;
    }

    String end() {
        return svg.append("</svg>").toString();
    }

    static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cssClass,
                x1,
                y1,
                x2,
                y2);
    }

    static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(
                Locale.ROOT,
                "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                cssClass,
                x,
                y,
                anchor,
                escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
