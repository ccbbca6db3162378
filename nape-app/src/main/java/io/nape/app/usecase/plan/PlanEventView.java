package io.nape.app.usecase.plan;

import io.nape.core.catalogue.Side;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.PlanEvent;
import java.util.List;

/**
 * One event in the plan contract.
 *
 * @param pieces what a micro-break cut from the isometric complex holds, in the order it plays them;
 *     empty for an event that plays a whole routine
 */
public record PlanEventView(String at, String kind, String routine, int minutes, List<PieceView> pieces) {
    public PlanEventView {
        pieces = List.copyOf(pieces);
    }

    /**
     * One exercise of a micro-break.
     *
     * @param number the exercise's number in the source's complex, 0 when it has none
     * @param sides {@code both}, {@code left} or {@code right} for a sided exercise, {@code none} otherwise
     * @param seconds how long the piece takes, from getting into position to the last relaxation
     */
    public record PieceView(String exercise, int number, String sides, long seconds) {
        public static PieceView of(BreakPiece piece) {
            Side side = piece.side();
            String sides = !piece.sided()
                    ? "none"
                    : side == null ? "both" : side.name().toLowerCase(java.util.Locale.ROOT);
            return new PieceView(
                    piece.exercise().value(),
                    piece.number(),
                    sides,
                    piece.length().getSeconds());
        }
    }

    public static PlanEventView of(PlanEvent event) {
        return new PlanEventView(
                event.atText(), event.kind().name(), event.routine().value(), event.minutes(), pieces(event));
    }

    /** The pieces of an event's micro-break, or none. */
    public static List<PieceView> pieces(PlanEvent event) {
        return event.findDeskBreak()
                .map(deskBreak -> deskBreak.pieces().stream().map(PieceView::of).toList())
                .orElse(List.of());
    }
}
