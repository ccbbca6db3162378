package io.nape.app.data;

import io.nape.app.text.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in an import file, as a text key and its arguments (the record and field, what is
 * allowed there), or as the failure of a part read by another reader; never a value from the file.
 */
record Problem(
        String key, Map<String, Object> arguments, @Nullable RuntimeException failure) {
    Problem {
        arguments = Map.copyOf(arguments);
    }

    /** The problem named by a key, its arguments by name and value in turn. */
    static Problem of(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return new Problem(key, arguments, null);
    }

    /** The problem a failure explains, such as settings that are not right. */
    static Problem explaining(RuntimeException failure) {
        return new Problem("", Map.of(), failure);
    }

    /** The problem in one language, as a clause without a full stop. */
    String in(Texts texts) {
        if (failure == null) {
            return texts.get(key, arguments);
        }
        String text = texts.explain(failure).lines().findFirst().orElse("").trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
