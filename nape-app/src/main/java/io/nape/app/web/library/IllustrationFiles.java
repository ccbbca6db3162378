package io.nape.app.web.library;

import io.nape.core.catalogue.ExerciseId;
import io.nape.store.catalogue.Illustrations;

/** Say where the pages find the drawing of an exercise, when the catalogue has one. */
public final class IllustrationFiles {
    private IllustrationFiles() {}

    /** Whether the exercise has a drawing. */
    public static boolean exists(ExerciseId exercise) {
        return Illustrations.find(exercise).isPresent();
    }

    /** Where the page finds the drawing. */
    public static String href(ExerciseId exercise) {
        return "/illustrations/" + exercise.value() + ".svg";
    }
}
