package io.nape.app.figure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A figure's SVG read back as the browser reads it: the joint groups with their data, and where a
 * point of a group lands on screen once every transform above it is applied.
 */
record FigureDocument(Document document) {
    private static final Pattern STEP = Pattern.compile("(translate|rotate|scale)\\(([^)]*)\\)");

    static FigureDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            return new FigureDocument(
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception unreadable) {
            throw new AssertionError("not well-formed XML: " + unreadable.getMessage() + "\n" + svg, unreadable);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> elements() {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    List<Element> joints() {
        return elements().stream()
                .filter(element -> element.hasAttribute("data-joint"))
                .toList();
    }

    Element joint(String key) {
        return joints().stream()
                .filter(element -> element.getAttribute("data-joint").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group for " + key));
    }

    double angle(String key) {
        return Double.parseDouble(joint(key).getAttribute("data-angle"));
    }

    double[] pivot(String key) {
        String[] parts = joint(key).getAttribute("data-pivot").split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    /** Where the pivot of a joint, moved by dx dy in the drawing's own units, lands on screen. */
    double[] onScreen(String key, double dx, double dy) {
        double[] pivot = pivot(key);
        return matrixOf(joint(key)).apply(pivot[0] + dx, pivot[1] + dy);
    }

    /** Every transform from the root down to and with this element. */
    static Matrix matrixOf(Element element) {
        Matrix matrix = Matrix.IDENTITY;
        for (Node node = element; node instanceof Element ancestor; node = node.getParentNode()) {
            matrix = parseTransform(ancestor.getAttribute("transform")).times(matrix);
        }
        return matrix;
    }

    static Matrix parseTransform(String transform) {
        Matrix matrix = Matrix.IDENTITY;
        Matcher step = STEP.matcher(transform);
        while (step.find()) {
            String[] parts = step.group(2).trim().split("[\\s,]+");
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            matrix = matrix.times(Matrix.of(step.group(1), values));
        }
        return matrix;
    }

    /** The transform the contract gives a group for its data, worked out afresh. */
    static Matrix contractTransform(Element group) {
        String map = group.getAttribute("data-map");
        double k = Double.parseDouble(group.getAttribute("data-k"));
        String[] pivot = group.getAttribute("data-pivot").split(" ");
        double x = Double.parseDouble(pivot[0]);
        double y = Double.parseDouble(pivot[1]);
        double amount = k * Double.parseDouble(group.getAttribute("data-angle"));
        switch (map) {
            case "rotate":
                return Matrix.of("rotate", new double[] {amount, x, y});
            case "x":
                return Matrix.of("translate", new double[] {amount, 0});
            case "y":
                return Matrix.of("translate", new double[] {0, amount});
            case "scale-y":
                return Matrix.of("translate", new double[] {x, y})
                        .times(Matrix.of("scale", new double[] {1, Math.max(0.05, 1 + amount)}))
                        .times(Matrix.of("translate", new double[] {-x, -y}));
            case "none":
                return Matrix.IDENTITY;
            default:
                throw new AssertionError("unknown data-map " + map);
        }
    }

    /** An SVG matrix: x' = a x + c y + e, y' = b x + d y + f. */
    record Matrix(double a, double b, double c, double d, double e, double f) {
        static final Matrix IDENTITY = new Matrix(1, 0, 0, 1, 0, 0);

        static Matrix of(String kind, double[] values) {
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "translate":
                    return new Matrix(1, 0, 0, 1, values[0], values.length > 1 ? values[1] : 0);
                case "scale":
                    return new Matrix(values[0], 0, 0, values.length > 1 ? values[1] : values[0], 0, 0);
                case "rotate":
                    double radians = Math.toRadians(values[0]);
                    Matrix turn = new Matrix(
                            Math.cos(radians), Math.sin(radians), -Math.sin(radians), Math.cos(radians), 0, 0);
                    if (values.length == 1) {
                        return turn;
                    }
                    return of("translate", new double[] {values[1], values[2]})
                            .times(turn)
                            .times(of("translate", new double[] {-values[1], -values[2]}));
                default:
                    throw new AssertionError(kind);
            }
        }

        Matrix times(Matrix other) {
            return new Matrix(
                    a * other.a + c * other.b,
                    b * other.a + d * other.b,
                    a * other.c + c * other.d,
                    b * other.c + d * other.d,
                    a * other.e + c * other.f + e,
                    b * other.e + d * other.f + f);
        }

        double[] apply(double x, double y) {
            return new double[] {a * x + c * y + e, b * x + d * y + f};
        }

        boolean isCloseTo(Matrix other, double tolerance) {
            return Math.abs(a - other.a) <= tolerance
                    && Math.abs(b - other.b) <= tolerance
                    && Math.abs(c - other.c) <= tolerance
                    && Math.abs(d - other.d) <= tolerance
                    && Math.abs(e - other.e) <= tolerance
                    && Math.abs(f - other.f) <= tolerance;
        }
    }
}
