package io.nape.core.catalogue;

/** Say how an exercise is done, which decides the phases of its timeline. */
public enum Style {
    /** Press against the hands without moving, release, then relax. */
    ISOMETRIC,
    /** Hold a stretch or a pose, then relax. */
    STRETCH,
    /** Move slowly a counted number of times, or for a given time. */
    MOVEMENT,
    /** Breathe in a set pattern, often with a movement. */
    BREATHING,
    /** Tense a muscle group gently, then let it go (progressive relaxation). */
    RELAXATION,
    /** Advice to read, not a timed exercise. */
    CARD
}
