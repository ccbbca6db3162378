package io.nape.core.catalogue;

/** Say where the figure is seen from. */
public enum View {
    FRONT,
    SIDE,
    BEHIND
}
