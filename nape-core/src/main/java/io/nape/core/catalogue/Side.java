package io.nape.core.catalogue;

/** Name the side of the body a sided exercise works on. */
public enum Side {
    LEFT,
    RIGHT
}
