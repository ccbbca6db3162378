package io.nape.app.figure;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.View;
import java.util.Locale;
import java.util.Optional;

/**
 * Draw an exercise's figure in one pose as a small SVG that a page can pose again.
 *
 * <p>Every one of the twenty joints is one group ({@code data-joint}), nested as the body is (the
 * torso holds the neck, which holds the head, which holds the face), whose transform is a function
 * of its angle alone: {@code data-map}, {@code data-k} and {@code data-pivot} say which, and
 * {@code data-angle} holds the angle. The shapes inside are drawn with every joint at 0, so the
 * drawing of any pose is the same document with other angles and transforms; a page that sets them
 * by the same rule draws what this class would. Joints that a view cannot show (a knee from the
 * front, the eyes from behind) keep their group with the map {@code none}.
 *
 * <p>The body is stroked in {@code currentColor}, so it follows the text colour; the document has
 * no style, script or outside reference, so it passes a strict content security policy.
 */
public final class FigureSvg {
    private FigureSvg() {}

    /** The still drawing of an exercise (its key pose), when it has a figure. */
    public static Optional<String> still(Exercise exercise) {
        Figure figure = exercise.figure();
        return figure == null ? Optional.empty() : Optional.of(render(exercise, figure.keyPose()));
    }

    /** The exercise's figure in a pose; the exercise must have a figure. */
    public static String render(Exercise exercise, Pose pose) {
        Figure figure = exercise.figure();
        if (figure == null) {
            throw new IllegalArgumentException("exercise " + exercise.id() + " has no figure");
        }
        return render(exercise.id(), exercise.name(), figure, exercise.position(), pose);
    }

    /** A figure seen as it says, in a starting position and a pose, titled with the exercise's name. */
    public static String render(ExerciseId id, String title, Figure figure, Position position, Pose pose) {
        View view = figure.view();
        Placement placement = Placement.of(view, position);
        SvgWriter svg = new SvgWriter(view, position, pose);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" role=\"img\" class=\"figure\""
                        + " data-exercise=\"")
                .raw(escape(id.value()))
                .raw("\" data-view=\"")
                .raw(view.name().toLowerCase(Locale.ROOT))
                .raw("\"><title>")
                .raw(escape(title))
                .raw("</title>");
        svg.group("transform=\"" + placement.transform() + "\"", () -> {
            FigureProps.scenery(svg, placement, figure.props());
            svg.group(
                    "fill=\"none\" stroke=\"currentColor\" stroke-width=\"5\" stroke-linecap=\"round\""
                            + " stroke-linejoin=\"round\"",
                    () -> {
                        if (view == View.SIDE) {
                            SideDrawing.draw(svg, figure.props());
                        } else {
                            FrontDrawing.draw(svg, figure.props());
                        }
                    });
        });
        return svg.raw("</svg>").text();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
