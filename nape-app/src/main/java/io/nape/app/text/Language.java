package io.nape.app.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A language Nape speaks. English and Russian are shipped; the pseudo-language {@code en-XA} is
 * English bracketed and lengthened, to show any text left in code and any layout that breaks.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    RUSSIAN("ru", Locale.forLanguageTag("ru")),
    PSEUDO("en-XA", Locale.forLanguageTag("en-XA"));

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The tag that names it: {@code en}, {@code ru} or {@code en-XA}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The tags a person may choose, for messages that list them. */
    public static String choices() {
        return "en, ru";
    }

    /**
     * The language a tag or a POSIX locale names ({@code ru}, {@code RU}, {@code ru-RU},
     * {@code ru_RU.UTF-8}, {@code en-XA}), if Nape speaks it.
     */
    public static Optional<Language> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String cleaned = value.trim();
        int dot = cleaned.indexOf('.');
        if (dot >= 0) {
            cleaned = cleaned.substring(0, dot);
        }
        int at = cleaned.indexOf('@');
        if (at >= 0) {
            cleaned = cleaned.substring(0, at);
        }
        cleaned = cleaned.replace('_', '-').toLowerCase(Locale.ROOT);
        if (cleaned.equals("en-xa")) {
            return Optional.of(PSEUDO);
        }
        String primary = cleaned.contains("-") ? cleaned.substring(0, cleaned.indexOf('-')) : cleaned;
        if (primary.equals("en")) {
            return Optional.of(ENGLISH);
        }
        if (primary.equals("ru")) {
            return Optional.of(RUSSIAN);
        }
        return Optional.empty();
    }

    /**
     * The language the environment asks for: the first of {@code LC_ALL}, {@code LC_MESSAGES} and
     * {@code LANG} that is set decides, as POSIX has it; a language Nape does not speak (or
     * {@code C}) means English.
     */
    public static Language fromLocaleVariables(Map<String, String> environment) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return parse(value).orElse(ENGLISH);
            }
        }
        return ENGLISH;
    }

    /**
     * The language an {@code Accept-Language} header prefers most among those Nape speaks, English
     * when it names none of them or cannot be read.
     */
    public static Language fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return ENGLISH;
        }
        record Wanted(Language language, double weight, int order) {}
        List<Wanted> wanted = new ArrayList<>();
        String[] ranges = header.split(",");
        for (int i = 0; i < ranges.length && i < 50; i++) {
            String[] parts = ranges[i].trim().split(";");
            double weight = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException unreadable) {
                        weight = 0;
                    }
                }
            }
            int order = i;
            double chosenWeight = weight;
            if (chosenWeight > 0) {
                parse(parts[0]).ifPresent(language -> wanted.add(new Wanted(language, chosenWeight, order)));
            }
        }
        return wanted.stream()
                .min(Comparator.comparingDouble((Wanted w) -> -w.weight()).thenComparingInt(Wanted::order))
                .map(Wanted::language)
                .orElse(ENGLISH);
    }
}
