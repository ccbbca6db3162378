package io.nape.app.web.library;

import io.nape.core.catalogue.ExerciseId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Find the drawing of an exercise among the catalogue's resources, if it has one. */
public final class IllustrationFiles {
    private static final String FOLDER = "/catalogue/illustrations/";

    private IllustrationFiles() {}

    /** The SVG text of the exercise's drawing. */
    public static Optional<byte[]> find(ExerciseId exercise) {
        try (InputStream in = IllustrationFiles.class.getResourceAsStream(FOLDER + exercise.value() + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Whether the exercise has a drawing. */
    public static boolean exists(ExerciseId exercise) {
        return IllustrationFiles.class.getResource(FOLDER + exercise.value() + ".svg") != null;
    }

    /** Where the page finds the drawing. */
    public static String href(ExerciseId exercise) {
        return "/illustrations/" + exercise.value() + ".svg";
    }
}
