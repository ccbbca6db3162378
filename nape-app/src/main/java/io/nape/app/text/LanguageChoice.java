package io.nape.app.text;

import java.util.Map;
import java.util.Optional;

/**
 * The language a command line asks for: {@code --lang}, then {@code NAPE_LANG}, then the locale of
 * the environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}). A language named on purpose
 * ({@code --lang}, {@code NAPE_LANG}) that Nape does not speak is an error; a locale of the
 * environment that it does not speak means English.
 */
public final class LanguageChoice {
    private LanguageChoice() {}

    /** The language, or the exception whose message says what was asked and what may be. */
    public static Language of(String[] args, Map<String, String> environment) {
        Language fallback = fromEnvironmentOnly(environment);
        Optional<String> flag = flag(args);
        if (flag.isPresent()) {
            return Language.parse(flag.get())
                    .orElseThrow(() -> new UnknownLanguageException(Texts.of(fallback)
                            .get("cli.language.unknownFlag", "value", flag.get(), "choices", Language.choices())));
        }
        String named = environment.get("NAPE_LANG");
        if (named != null && !named.isBlank()) {
            return Language.parse(named)
                    .orElseThrow(() -> new UnknownLanguageException(Texts.of(fallback)
                            .get("cli.language.unknownVariable", "value", named, "choices", Language.choices())));
        }
        return fallback;
    }

    private static Language fromEnvironmentOnly(Map<String, String> environment) {
        String named = environment.get("NAPE_LANG");
        if (named != null) {
            Optional<Language> language = Language.parse(named);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.fromLocaleVariables(environment);
    }

    /** The value of {@code --lang X} or {@code --lang=X}, if given; the last one counts. */
    static Optional<String> flag(String[] args) {
        Optional<String> value = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang")) {
                value = Optional.of(i + 1 < args.length ? args[i + 1] : "");
                i++;
            } else if (args[i].startsWith("--lang=")) {
                value = Optional.of(args[i].substring("--lang=".length()));
            }
        }
        return value;
    }

    /** Thrown when a language is asked for that Nape does not speak. */
    public static final class UnknownLanguageException extends io.nape.core.NapeException {
        private static final long serialVersionUID = 1L;

        UnknownLanguageException(String message) {
            super(message);
        }
    }
}
