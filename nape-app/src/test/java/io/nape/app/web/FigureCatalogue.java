package io.nape.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Give a data folder the person's own copies of the built-in files of the isometric complex and the
 * simple exercises, with figures for a few of their exercises ({@code src/test/resources/figure-catalogue}).
 * While a built-in file is left out or has no figures, the copy plays in its place; once the
 * built-in file loads, its ids come first, the copy is left out, and the built-in figures play.
 */
public final class FigureCatalogue {
    static final List<String> FILES = List.of("isometric-complex.yaml", "simple-exercises.yaml");

    private FigureCatalogue() {}

    /** Copy the files into {@code <home>/catalogue/}, before the catalogue is first read. */
    public static void install(Path home) {
        try {
            Path folder = Files.createDirectories(home.resolve("catalogue"));
            for (String file : FILES) {
                try (InputStream in = Objects.requireNonNull(
                        FigureCatalogue.class.getResourceAsStream("/figure-catalogue/" + file), file)) {
                    Files.write(folder.resolve(file), in.readAllBytes());
                }
            }
        } catch (IOException cannotCopy) {
            throw new UncheckedIOException(cannotCopy);
        }
    }
}
