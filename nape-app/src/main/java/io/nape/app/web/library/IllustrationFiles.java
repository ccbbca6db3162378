package io.nape.app.web.library;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;

/** Say where the pages find the drawing of an exercise, when it has a figure. */
public final class IllustrationFiles {
    private IllustrationFiles() {}

    /** Whether the exercise has a drawing: its figure's still. */
    public static boolean exists(Exercise exercise) {
        return exercise.figure() != null;
    }

    /** Where the page finds the drawing. */
    public static String href(ExerciseId exercise) {
        return "/illustrations/" + exercise.value() + ".svg";
    }
}
