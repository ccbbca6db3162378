package io.nape.app;

import io.nape.app.config.AppConfig;
import io.nape.store.catalogue.CatalogueLanguage;
import io.nape.store.catalogue.CatalogueLoad;
import io.nape.store.catalogue.CatalogueLoader;
import io.nape.store.catalogue.CatalogueSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Give the app over a data folder the built-in catalogue with figures for a few exercises of the
 * isometric complex and the simple exercises ({@code src/test/resources/figure-catalogue/<id>.yaml}),
 * so that the player's figure can be tested while the built-in files have none. A built-in file
 * that has any {@code figure:} block already is left as it is: the tests then play its figures.
 */
public final class FigureCatalogue {
    static final List<String> FILES = List.of("isometric-complex.yaml", "simple-exercises.yaml");
    static final List<String> FIGURED = List.of(
            "iso-forehead-press",
            "iso-temple-press",
            "iso-chin-rubs-collarbones",
            "simple-turns",
            "simple-resisted-tilt-forward");
    /** The languages the built-in catalogue has texts for besides English. */
    static final List<String> LANGUAGES = List.of("ru");

    private static final Pattern EXERCISE = Pattern.compile("(?m)^  - id: ([a-z0-9-]+)$");

    private FigureCatalogue() {}

    /** Make the next app started over {@code home} read this catalogue. */
    public static void install(Path home) {
        List<CatalogueSource> sources = new ArrayList<>();
        for (String line : resource("catalogue/index.txt").split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String text = resource("catalogue/" + name);
                sources.add(new CatalogueSource(
                        "catalogue/" + name, FILES.contains(name) ? withFigures(text) : text, true));
            }
        }
        List<CatalogueLanguage> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, CatalogueSource> texts = new LinkedHashMap<>();
            for (CatalogueSource source : sources) {
                String file = source.name().substring("catalogue/".length());
                String name = "catalogue/" + language + "/" + file;
                texts.put(source.name(), new CatalogueSource(name, resource(name), true));
            }
            String cues = "catalogue/" + language + "/phase-cues.yaml";
            languages.add(new CatalogueLanguage(
                    Locale.forLanguageTag(language), new CatalogueSource(cues, resource(cues), true), texts));
        }
        CatalogueLoad load = new CatalogueLoader().load(sources, languages);
        if (!load.problems().isEmpty()) {
            throw new IllegalStateException("the test catalogue has problems: " + load.problems());
        }
        CatalogueLoading.provide(AppConfig.catalogueFolder(Map.of("NAPE_HOME", home.toString())), load);
    }

    /** The file with each figure inserted at the end of its exercise, unless the file has figures. */
    static String withFigures(String text) {
        if (text.contains("\n    figure:")) {
            return text;
        }
        int routines = text.indexOf("\nroutines:");
        String exercises = routines < 0 ? text : text.substring(0, routines + 1);
        StringBuilder out = new StringBuilder();
        Matcher exercise = EXERCISE.matcher(exercises);
        int from = 0;
        String current = null;
        while (exercise.find()) {
            out.append(insert(exercises.substring(from, exercise.start()), current));
            current = exercise.group(1);
            from = exercise.start();
        }
        out.append(insert(exercises.substring(from), current)).append(text.substring(exercises.length()));
        return out.toString();
    }

    private static String insert(String block, String exercise) {
        if (exercise == null || !FIGURED.contains(exercise)) {
            return block;
        }
        String figure = resource("figure-catalogue/" + exercise + ".yaml").replaceFirst("^#[^\n]*\n", "");
        String trimmed = block.stripTrailing();
        return trimmed + "\n" + figure + block.substring(trimmed.length());
    }

    private static String resource(String name) {
        try (InputStream in = FigureCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
