package io.nape.core.plan;

import io.nape.core.catalogue.ExerciseId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hold what one micro-break is made of, as data an edge can word: which exercises, which sides, how
 * long ("exercises 3 and 6, both sides: 2 min").
 *
 * @param pieces the exercises in the order they are played, {@link DeskBreaks#REST_SECONDS} apart
 * @param length the pieces and the rests between them
 */
public record DeskBreak(List<BreakPiece> pieces, Duration length) {
    public DeskBreak {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a micro-break needs at least one exercise");
        }
    }

    /** The exercises it holds, whole or one side. */
    public Set<ExerciseId> exercises() {
        return pieces.stream().map(BreakPiece::exercise).collect(Collectors.toUnmodifiableSet());
    }

    /** The source's numbers of its exercises, in order; 0 for one without a number. */
    public List<Integer> numbers() {
        return pieces.stream().map(BreakPiece::number).toList();
    }
}
