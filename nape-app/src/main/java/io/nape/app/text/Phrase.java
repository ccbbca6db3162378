package io.nape.app.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text named by its key and arguments, not yet put in a language: a part of a larger text (a
 * problem inside "file: problem") that {@link Texts} fills in the language of the whole. An argument
 * may itself be a phrase, a failure that names its text, or a list of phrases (one per line).
 */
public record Phrase(String key, Map<String, Object> arguments) {
    public Phrase {
        arguments = Map.copyOf(arguments);
    }

    /** The phrase of a key, its arguments by name and value in turn. */
    public static Phrase of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come in name, value pairs");
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return new Phrase(key, arguments);
    }

    /** This phrase in one language. */
    public String in(Texts texts) {
        return texts.get(key, arguments);
    }
}
