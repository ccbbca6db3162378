package io.nape.core.catalogue;

/** Name what an exercise needs besides the body. */
public enum Equipment {
    CHAIR,
    TOWEL,
    WALL,
    MAT,
    DUMBBELLS,
    COLD_PACK
}
