package io.nape.core.catalogue;

/** Say how to breathe during an exercise. */
public enum Breathing {
    /** Breathe out slowly and steadily while pressing; never hold the breath under strain. */
    STEADY_OUT_ON_EFFORT,
    /** Breathe freely and calmly; never hold the breath. */
    NATURAL,
    /** Breathe in and out with the movement, as the steps say. */
    PACED
}
