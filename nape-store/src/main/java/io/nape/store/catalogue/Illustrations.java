package io.nape.store.catalogue;

import io.nape.core.catalogue.ExerciseId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Find the built-in illustration of an exercise: one SVG per exercise, stored beside the catalogue
 * as {@code catalogue/illustrations/<exercise-id>.svg}. Files read once are kept; ids without a file
 * are not, so unknown ids cannot grow the cache.
 */
public final class Illustrations {
    static final String FOLDER = "catalogue/illustrations";
    static final String SUFFIX = ".svg";

    private static final ConcurrentMap<ExerciseId, String> CACHE = new ConcurrentHashMap<>();

    private Illustrations() {}

    /** The SVG document drawn for this exercise, if there is one. */
    public static Optional<String> find(ExerciseId id) {
        String cached = CACHE.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return read(id).map(svg -> {
            String earlier = CACHE.putIfAbsent(id, svg);
            return earlier == null ? svg : earlier;
        });
    }

    /** The ids of every exercise that has a built-in illustration. */
    public static Set<String> bundledIds() {
        return ResourceFolder.fileNames(FOLDER).stream()
                .filter(name -> name.endsWith(SUFFIX))
                .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                .filter(ExerciseId::isWellFormed)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String resourceName(ExerciseId id) {
        return FOLDER + "/" + id.value() + SUFFIX;
    }

    private static Optional<String> read(ExerciseId id) {
        String name = resourceName(id);
        try (InputStream in = Illustrations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read built-in resource " + name, unreadable);
        }
    }
}
