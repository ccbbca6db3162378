package io.nape.core.catalogue;

/** Name the part of the source system an exercise or routine belongs to. */
public enum Part {
    ISOMETRIC_COMPLEX,
    CHAIR_STRETCH,
    YOGA,
    SIMPLE_EXERCISES,
    BREATHING,
    POSTURE,
    SELF_MASSAGE,
    RELAXATION,
    FIRST_AID,
    DESK_HABITS
}
