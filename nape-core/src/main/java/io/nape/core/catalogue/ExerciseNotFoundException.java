package io.nape.core.catalogue;

import io.nape.core.NapeException;

/** Thrown when no exercise has the id asked for. */
public final class ExerciseNotFoundException extends NapeException {
    private static final long serialVersionUID = 1L;

    public ExerciseNotFoundException(String id) {
        super("No exercise named \"" + id + "\". Run './nape show' with an id from './nape routines --all'.");
        withText("routines.exerciseNotFound", "id", id);
    }
}
