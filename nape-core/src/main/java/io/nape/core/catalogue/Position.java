package io.nape.core.catalogue;

/** Say the starting position of an exercise. */
public enum Position {
    SITTING,
    STANDING,
    LYING,
    KNEELING,
    FLOOR_SITTING,
    ANY
}
