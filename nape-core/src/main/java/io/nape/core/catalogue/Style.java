package io.nape.core.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Say how an exercise is done, which decides the phases of its timeline. */
public enum Style {
    /** Press against the hands without moving, release, then relax. */
    ISOMETRIC(PhaseKind.PRESS, PhaseKind.BREATHE, PhaseKind.PRESS, PhaseKind.RELEASE),
    /** Hold a stretch or a pose, then relax. */
    STRETCH(PhaseKind.HOLD, PhaseKind.HOLD),
    /** Move slowly a counted number of times, or for a given time. */
    MOVEMENT(PhaseKind.MOVE, PhaseKind.MOVE),
    /** Breathe in a set pattern, often with a movement. */
    BREATHING(PhaseKind.BREATHE, PhaseKind.BREATHE),
    /** Tense a muscle group gently, then let it go (progressive relaxation). */
    RELAXATION(PhaseKind.PRESS, PhaseKind.BREATHE, PhaseKind.PRESS, PhaseKind.RELEASE),
    /** Advice to read, not a timed exercise. */
    CARD(null);

    private final @Nullable PhaseKind effort;
    private final List<PhaseKind> repetition;

    Style(@Nullable PhaseKind effort, PhaseKind... repetition) {
        this.effort = effort;
        this.repetition = List.of(repetition);
    }

    /** The phase of the effort itself, whose cue a timed exercise must give; null for a card. */
    public @Nullable PhaseKind effortKind() {
        return effort;
    }

    /** The phases of one repetition, in order, before any relaxation; empty for a card. */
    public List<PhaseKind> repetitionKinds() {
        return repetition;
    }
}
