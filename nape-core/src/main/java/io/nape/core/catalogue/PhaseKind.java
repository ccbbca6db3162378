package io.nape.core.catalogue;

/** Name what the person does during one phase of a timeline. */
public enum PhaseKind {
    /** Get into position. */
    PREPARE,
    /** Press without moving: an isometric effort, or tensing a muscle group. */
    PRESS,
    /** Hold a static stretch or pose. */
    HOLD,
    /** Let the effort go slowly. */
    RELEASE,
    /** Let the muscles go loose and breathe. */
    RELAX,
    /** Move slowly, a counted number of times or for a given time. */
    MOVE,
    /** Breathe in a set way. */
    BREATHE,
    /** Change to the other side. */
    SWITCH_SIDE,
    /** Rest between two exercises. */
    REST
}
