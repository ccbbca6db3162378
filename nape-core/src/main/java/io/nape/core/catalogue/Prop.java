package io.nape.core.catalogue;

/** Name a thing drawn beside the figure. */
public enum Prop {
    CHAIR,
    WALL,
    TOWEL,
    MAT,
    DUMBBELL
}
