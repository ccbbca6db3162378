package io.nape.app.usecase.plan;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.Side;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Say what a micro-break holds in a few plain words, such as "exercises 3 and 6, both sides: 1 min
 * 55 s", and why the plan's breaks hold what they do; the numbers and lengths are the core's.
 */
public final class BreakText {
    private BreakText() {}

    /** The exercises of a break, their sides and its length. */
    public static String of(DeskBreak deskBreak, Texts texts) {
        List<BreakPiece> pieces = deskBreak.pieces();
        String shared = side(pieces.get(0));
        boolean sameSides = pieces.stream().allMatch(piece -> side(piece).equals(shared));
        List<String> names = new ArrayList<>();
        for (BreakPiece piece : pieces) {
            String name = piece.number() > 0
                    ? Integer.toString(piece.number())
                    : piece.exercise().value();
            names.add(
                    sameSides || side(piece).isEmpty()
                            ? name
                            : texts.get("plan.break.pieceSide", "exercise", name, "side", texts.get(side(piece))));
        }
        String exercises = texts.get("plan.break.exercises", "count", pieces.size(), "list", list(names, texts));
        String length = length(deskBreak.length(), texts);
        return sameSides && !shared.isEmpty()
                ? texts.get(
                        "plan.break.withSides", "exercises", exercises, "sides", texts.get(shared), "length", length)
                : texts.get("plan.break.plain", "exercises", exercises, "length", length);
    }

    /** Why the breaks hold pieces of the complex, as one note for a plan that has such breaks. */
    public static Optional<String> why(Plan plan, int microBreakMinutes, Texts texts) {
        if (!plan.hasDeskBreaks()) {
            return Optional.empty();
        }
        return Optional.of(texts.get("plan.break.why", "minutes", microBreakMinutes));
    }

    /** The exercises too long for a break even alone, named; empty when every one fits. */
    public static Optional<String> leftOut(Plan plan, int microBreakMinutes, Texts texts) {
        if (plan.leftOut().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = plan.leftOut().stream()
                .map(piece -> piece.number() > 0
                        ? Integer.toString(piece.number())
                        : piece.exercise().value())
                .toList();
        return Optional.of(texts.get(
                "plan.break.leftOut", "count", names.size(), "list", list(names, texts), "minutes", microBreakMinutes));
    }

    /** A length in minutes and seconds, such as "1 min 55 s". */
    public static String length(Duration length, Texts texts) {
        long minutes = length.toMinutes();
        long seconds = length.minusMinutes(minutes).getSeconds();
        if (minutes == 0) {
            return texts.get("plan.break.seconds", "seconds", seconds);
        }
        if (seconds == 0) {
            return texts.get("plan.break.minutes", "minutes", minutes);
        }
        return texts.get("plan.break.minutesSeconds", "minutes", minutes, "seconds", seconds);
    }

    /** The key of a piece's sides: both, one of them, or none for an exercise without sides. */
    private static String side(BreakPiece piece) {
        if (!piece.sided()) {
            return "";
        }
        Side side = piece.side();
        return side == null ? "plan.break.side.BOTH" : "plan.break.side." + side.name();
    }

    private static String list(List<String> names, Texts texts) {
        return texts.joined("plan.break.and", names);
    }
}
