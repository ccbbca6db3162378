package io.nape.app.figure;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.store.catalogue.CatalogueLoad;
import io.nape.store.catalogue.CatalogueLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The built-in catalogue with the test's own file of exercises that have figures
 * ({@code figures/own-figures.yaml}), so that the drawings are tested before every built-in
 * exercise has its figure.
 */
public final class OwnFigures {
    /** The test's own catalogue file, as a person would put it in their data folder. */
    public static final String FILE = "own-figures.yaml";

    private static final CatalogueLoad LOAD = new CatalogueLoader().load(folder());

    private OwnFigures() {}

    public static CatalogueLoad load() {
        return LOAD;
    }

    public static Catalogue catalogue() {
        return LOAD.catalogue();
    }

    /** Every exercise of the catalogue that has a figure, by id. */
    public static List<Exercise> withFigures() {
        return catalogue().exercises().stream()
                .filter(exercise -> exercise.figure() != null)
                .sorted(Comparator.comparing(exercise -> exercise.id().value()))
                .toList();
    }

    /** Put the test's catalogue file, and its Russian texts, into a data folder's catalogue folder. */
    public static void copyInto(Path home) {
        copy("/figures/" + FILE, home.resolve("catalogue"));
        copy("/figures/ru/" + FILE, home.resolve("catalogue/ru"));
    }

    private static void copy(String resource, Path folder) {
        try (InputStream in = Objects.requireNonNull(OwnFigures.class.getResourceAsStream(resource))) {
            Files.copy(in, Files.createDirectories(folder).resolve(FILE));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(OwnFigures.class.getResource("/figures/" + FILE))
                            .toURI())
                    .getParent();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
