package io.nape.core.catalogue;

import io.nape.core.NapeException;

/** Thrown when no routine has the id asked for. */
public final class RoutineNotFoundException extends NapeException {
    private static final long serialVersionUID = 1L;

    public RoutineNotFoundException(String id) {
        super("No routine named \"" + id + "\". Run './nape routines' to see them.");
        withText("routines.routineNotFound", "id", id);
    }
}
