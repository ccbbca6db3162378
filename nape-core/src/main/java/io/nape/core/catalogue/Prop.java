package io.nape.core.catalogue;

/** Name a thing drawn beside the figure. */
public enum Prop {
    CHAIR,
    /** A wall behind the figure, to stand or sit against. */
    WALL,
    /** A wall in front of the figure, for the hands to rest on. */
    WALL_AHEAD,
    TOWEL,
    MAT,
    DUMBBELL
}
