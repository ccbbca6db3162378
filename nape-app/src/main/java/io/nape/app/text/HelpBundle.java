package io.nape.app.text;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The command line's help in one language, as the resource bundle picocli reads: its key {@code
 * nape.serve.usage.description} is the text {@code help.nape.serve.usage.description}.
 */
public final class HelpBundle extends ResourceBundle {
    static final String PREFIX = "help.";
    private final Map<String, String> texts;

    private HelpBundle(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The help texts of {@code i18n/help.properties} in this language. */
    public static HelpBundle of(Texts texts) {
        Map<String, String> byPicocliKey = new TreeMap<>();
        texts.startingWith(PREFIX).forEach((key, text) -> byPicocliKey.put(key.substring(PREFIX.length()), text));
        return new HelpBundle(byPicocliKey);
    }

    @Override
    protected @Nullable Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
