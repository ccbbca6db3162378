package io.nape.core.catalogue;

import java.util.List;

/** Say whether an exercise is done once, or on the left and then on the right. */
public enum Sides {
    NONE(List.of()),
    BOTH(List.of(Side.LEFT, Side.RIGHT));

    private final List<Side> order;

    Sides(List<Side> order) {
        this.order = order;
    }

    /** The sides in the order they are worked; empty when the exercise has no side. */
    public List<Side> order() {
        return order;
    }
}
