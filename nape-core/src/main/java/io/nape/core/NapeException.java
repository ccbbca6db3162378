package io.nape.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Signal a failure that Nape expects and can explain; the root of all Nape exceptions. Its message
 * is for developers, in English; the text a person reads is named by a key and its arguments
 * ({@link #withText}), which each edge fills in the person's language.
 */
public class NapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private @Nullable String textKey;
    private final Map<String, Object> textArguments = new LinkedHashMap<>();

    public NapeException(String message) {
        super(message);
    }

    public NapeException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Name the text a person reads for this failure and its arguments, by name and value in turn:
     * {@code withText("diary.painOutOfRange", "value", "11")}.
     */
    public NapeException withText(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come in name, value pairs");
        }
        this.textKey = key;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            textArguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return this;
    }

    /** The key of the text a person reads, if one was named. */
    public @Nullable String textKey() {
        return textKey;
    }

    /** The arguments of that text by name. */
    public Map<String, Object> textArguments() {
        return Map.copyOf(textArguments);
    }
}
