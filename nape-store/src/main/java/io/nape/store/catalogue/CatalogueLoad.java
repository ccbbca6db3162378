package io.nape.store.catalogue;

import io.nape.core.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue as loaded, with every problem found and the files left out because of them.
 *
 * @param catalogue the catalogue in English
 * @param problems each as {@code file:line: what is wrong}
 * @param translations the catalogue in each other language shipped, by language
 */
public record CatalogueLoad(
        Catalogue catalogue, List<String> problems, List<String> skippedFiles, Map<Locale, Catalogue> translations) {
    public CatalogueLoad {
        problems = List.copyOf(problems);
        skippedFiles = List.copyOf(skippedFiles);
        translations = Map.copyOf(translations);
    }

    public CatalogueLoad(Catalogue catalogue, List<String> problems, List<String> skippedFiles) {
        this(catalogue, problems, skippedFiles, Map.of());
    }

    /** English first, then every other language shipped, by tag. */
    public List<Locale> languages() {
        List<Locale> languages = new ArrayList<>();
        languages.add(Locale.ENGLISH);
        translations.keySet().stream()
                .sorted(java.util.Comparator.comparing(Locale::toLanguageTag))
                .forEach(languages::add);
        return languages;
    }

    /**
     * The catalogue in a language: the same exercises and routines with that language's texts,
     * where it has them. Only the language counts, not the country ({@code ru-RU} is {@code ru});
     * a language not shipped gives the English catalogue.
     */
    public Catalogue catalogue(Locale language) {
        return translations.getOrDefault(languageOnly(language), catalogue);
    }

    static Locale languageOnly(Locale locale) {
        return Locale.forLanguageTag(locale.getLanguage());
    }
}
